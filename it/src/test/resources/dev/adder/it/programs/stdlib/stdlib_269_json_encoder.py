# the json one-shot encoder: types, keys, separators, errors
import json
from collections import OrderedDict
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(3), MyFloat(2.5), MyStr("s"), True, False, None]))
print(json.dumps(MyDict(b=1, a=2)), json.dumps(OrderedDict([("z", 1), ("y", 2)])))
print(json.dumps({1: 1, 2.5: 2, True: 3, None: 4, "s": 5}))
print(json.dumps({"b": 1, "a": [1, {"d": 0, "c": 1}]}, sort_keys=True, separators=(",", ":")))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1,): 1, "ok": 2}, skipkeys=True))
try:
    json.dumps({(1,): 1})
except TypeError as e:
    print("TypeError:", e)
for v in [float("nan"), float("inf"), -float("inf")]:
    print(json.dumps(v), json.dumps({v: 1}))
    try:
        json.dumps([v], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([[1, 2]] * 2))
print(json.dumps("\x00\x1f\x7f\u20ac\U0001f600\"\\/"))
print(json.dumps("\x00\x1f\x7f\u20ac\U0001f600", ensure_ascii=False))
print(json.dumps([1, 2], separators=("; ", " = ")), json.dumps({"a": 1}, separators=("; ", " = ")))
print(json.dumps(list(range(5)), default=str), json.dumps(range(3), default=list))
print(json.dumps([10 ** 30, -10 ** 30, 0.1, 1e22, 1e-5, 5e-324]))
deep = []
cur = deep
for _ in range(5000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")
json.dumps({"x": object()})
