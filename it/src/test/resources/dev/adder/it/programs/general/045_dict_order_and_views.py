# insertion order and dynamic views
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
ks = d.keys()
vs = d.values()
its = d.items()
d["new"] = 3
print(len(ks), list(ks), list(vs), ("new", 3) in its, "mid" in ks)
print(ks & {"mid", "other"} == {"mid"}, sorted(ks - {"mid"}), sorted(ks | {"q"}))
print(d == {"mid": 3, "beta": 4, "alpha": 99, "zeta": 0, "new": 3})
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
print(dict(sorted(d.items())))
