g = {"__name__": "x.y", "__package__": "impfix", "__spec__": None}
m = __import__("helper", g, None, ["NAME"], 1)
print(m.__name__, m.NAME)


class FakeSpec:
    parent = "impfix.sub"


g = {"__name__": "whatever", "__spec__": FakeSpec()}
m = __import__("deep", g, None, ["RESULT"], 1)
print(m.__name__, m.RESULT)


class BadSpec:
    parent = 7


try:
    __import__("deep", {"__spec__": BadSpec()}, None, ["x"], 1)
except TypeError as e:
    print(e)
