# dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.setdefault("a", 100), d.setdefault("g", 7), d)
print(d.popitem(), d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"])
print(dict.fromkeys("xyz", 0), dict(zip("abc", range(3))), dict(a=1, b=2))
del d["a"]
print(d, sorted(d), sorted(d.items(), key=lambda kv: -kv[1]))
d.clear()
print(d, bool(d))
m = {1: "one", 2: "two"} | {2: "TWO", 3: "three"}
print(m)
m |= {4: "four"}
print(m, list(reversed(m)))
