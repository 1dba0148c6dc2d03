# custom exception hierarchies
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(f"{key}: {msg}")
        self.key = key
class NetworkError(AppError):
    code = 500

def load(what):
    if what == "cfg":
        raise ConfigError("db.host")
    if what == "net":
        raise NetworkError("timeout", 3)
    if what == "plain":
        raise AppError()
    return "ok"

for w in ["cfg", "net", "plain", "fine"]:
    try:
        print(load(w))
    except ConfigError as e:
        print("config:", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, e.args, str(e), repr(e), getattr(e, "code", None))
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
print(repr(ValueError()), repr(ValueError("a", 1)), str(ValueError("a", 1)), str(KeyError("k")))
