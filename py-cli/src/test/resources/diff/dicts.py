d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d)
for k, v in d.items():
    print(k, v)
print(list(d.keys()), list(d.values()))
sq = {n: n * n for n in range(5)}
print(sq, {**d, "zero": 0})
del d["one"]
print(d, d.pop("two"), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(dict(a=1, b=2), dict([("x", 1)]))
