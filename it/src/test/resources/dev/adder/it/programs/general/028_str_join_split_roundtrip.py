# CSV-like parsing by hand
data = """name,age,city
alice,30,paris
bob,25,berlin
carol,35,rome
dave,28,paris"""
lines = data.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["age"] = int(r["age"])
print(rows[0])
by_city = {}
for r in rows:
    by_city.setdefault(r["city"], []).append(r["name"])
for city in sorted(by_city):
    print(f"{city:<8}{', '.join(by_city[city])}")
avg = sum(r["age"] for r in rows) / len(rows)
print(f"average age {avg:.2f}")
out = [",".join(header)] + [",".join(str(r[h]) for h in header) for r in rows]
print("\n".join(out) == data)
print(max(rows, key=lambda r: r["age"])["name"])
