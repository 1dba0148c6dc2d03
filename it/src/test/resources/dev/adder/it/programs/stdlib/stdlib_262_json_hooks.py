# json hooks: default, object_hook, object_pairs_hook, parse_float, cls
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def default(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot serialize {type(o).__name__}")
s = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, default=default)
print(s)
def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
r = json.loads(s, object_hook=hook)
print(type(r["p"]).__name__, r["p"].x, r["ps"][0].y)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[1.10, 2]', parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=2).encode([1, {"a": {2}}]))
print(list(json.JSONEncoder().iterencode({"k": [1, 2]})))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
try:
    json.dumps(Point(0, 0), default=default)
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError:", e)
class Sub(int):
    pass
print(json.dumps([Sub(5), True, 2.0, 1e-7, 123456789.125]))
print(json.dumps("\u2028\u00ff", ensure_ascii=True))
