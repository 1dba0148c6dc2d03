# building a table as text
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0), ("kiwi", 7, 0.333)]
header = ("fruit", "qty", "price", "total")
table = [header] + [(n, str(q), f"{p:.2f}", f"{q * p:.2f}") for n, q, p in rows]
widths = [max(len(r[i]) for r in table) for i in range(4)]
def line(cells):
    return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(line(table[0]))
print(sep)
for r in table[1:]:
    print(line(r))
print(sep)
print(f"grand total: {sum(q * p for _, q, p in rows):.3f}")
