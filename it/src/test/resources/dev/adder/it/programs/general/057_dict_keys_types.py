# keys of many hashable types
d = {}
d[1] = "int"
d[2.5] = "float"
d["s"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[True] = "bool overwrites 1"
d[frozenset([1])] = "frozenset"
d[b"x"] = "bytes"
print(len(d), d[1], d[1.0], d[(1, 2)], d[None], d[b"x"])
print(list(d.values()))
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    {1, [2]}
except TypeError as e:
    print("TypeError:", e)
print(d.get((1, 2)), (1, 2) in d, 0 in d, 0.0 in {0: 1})
