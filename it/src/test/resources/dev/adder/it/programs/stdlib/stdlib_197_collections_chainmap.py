# collections.ChainMap: lookups through several mappings, new_child, parents, writes to the first
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
args = {"size": 3}
cm = ChainMap(args, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm), "color" in cm, cm.get("nope", "-"))
print(cm.maps == [args, env, defaults], sorted(cm.items()))
cm["color"] = "blue"
print(args, defaults["color"])
del cm["color"]
print(cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.parents.parents["user"], len(child.maps))
print(ChainMap().new_child().maps, ChainMap({"a": 1}) == {"a": 1})
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), list(ChainMap({"x": 1}, {"y": 2})))
print(ChainMap({"a": 1}, {"b": 2}))
c2 = ChainMap({"a": 1}) | {"b": 2}
print(c2, type(c2).__name__)
c2 |= {"c": 3}
print(c2.maps[0])
print(cm.pop("size"), cm["size"], cm.copy().maps[0] is not cm.maps[0])
try:
    ChainMap({}, {"k": 1}).pop("k")
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap()["missing"]
except KeyError as e:
    print("KeyError", e)
scopes = ChainMap({"x": 1})
inner = scopes.new_child()
inner["x"] = 2
print(inner["x"], scopes["x"], bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
