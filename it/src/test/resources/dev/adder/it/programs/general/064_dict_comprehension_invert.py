# inverting and filtering mappings
colors = {"red": "#f00", "green": "#0f0", "blue": "#00f", "lime": "#0f0"}
inv = {}
for name, code in colors.items():
    inv.setdefault(code, []).append(name)
print(inv)
short = {k: v for k, v in colors.items() if len(k) <= 4}
print(short)
upper = {k.upper(): v.upper() for k, v in colors.items()}
print(upper)
pos = {c: i for i, c in enumerate("abcdef")}
print(pos, pos["d"])
sq = {n: n * n for n in range(-3, 4)}
roots = {v: k for k, v in sq.items()}
print(sq, roots)
