# raise ... from ...: the direct-cause message
class ConfigError(Exception):
    pass
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError("no setting " + name) from e
print(load("a"))
load("b")
