# collections.OrderedDict: order, move_to_end, popitem, equality, reversed, views, |
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
od["d"] = 4
od.move_to_end("a")
print(list(od), od, od.popitem(), od.popitem(last=False))
od.move_to_end("d", last=False)
print(list(od.items()), list(reversed(od)), list(od.keys()), list(od.values()))
print(od == OrderedDict([("d", 4), ("c", 3), ("a", 1)]), od == OrderedDict([("c", 3), ("d", 4), ("a", 1)]),
      od == {"a": 1, "c": 3, "d": 4})
od2 = OrderedDict.fromkeys("xyz", 0)
print(od2, od2.setdefault("w", 9), od2.pop("x"), od2.pop("nope", "dflt"), od2)
try:
    od2.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
merged = OrderedDict(a=1) | {"b": 2}
print(type(merged).__name__, merged)
merged |= [("c", 3)]
print(merged, merged.copy(), OrderedDict(merged) is not merged)
lru = OrderedDict()
for key in "abcabdae":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)
del lru["a"]
print(lru, len(lru), "e" in lru)
class Last(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
l = Last()
l["x"] = 1
l["y"] = 2
l["x"] = 3
print(l, repr(OrderedDict()))
