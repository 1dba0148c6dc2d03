# alignment, fill and number formats in one table
rows = [(1, "one", 1.0), (22, "twenty-two", 22.5), (333, "three hundred", -333.125), (-4, "", 0.0001)]
for n, s, f in rows:
    print(f"|{n:>5}|{n:<5}|{n:^5}|{n:+05}|{s:.<15}|{s:>15.6}|{f:>10.3f}|{f:<10.2e}|{f:^9.1%}|")
for base in ("b", "o", "x", "X", "#x", "#b"):
    print(base, [format(v, base) for v in (0, 5, 255, -16)])
print(f"{'centered':=^30}")
print(f"{123456789:,}", f"{123456789:_}", f"{0.000012345:.3e}", f"{1234.5:,.2f}")
