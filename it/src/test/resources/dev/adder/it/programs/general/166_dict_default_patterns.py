# several ways to build a dict of lists
pairs = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
d1 = {}
for k, v in pairs:
    if k not in d1:
        d1[k] = []
    d1[k].append(v)
d2 = {}
for k, v in pairs:
    d2.setdefault(k, []).append(v)
d3 = {}
for k, v in pairs:
    d3[k] = d3.get(k, []) + [v]
d4 = {k: [v for kk, v in pairs if kk == k] for k in dict.fromkeys(k for k, _ in pairs)}
print(d1 == d2 == d3 == d4, d1)
counts = dict.fromkeys("abc", 0)
for ch in "abacabcc":
    counts[ch] += 1
print(counts)
