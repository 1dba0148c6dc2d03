# nested data: a small inventory
inv = {
    "fruit": {"apple": [3, 0.5], "pear": [0, 0.75]},
    "veg": {"leek": [10, 1.2], "kale": [2, 2.5], "corn": [5, 0.3]},
}
for cat, items in inv.items():
    total = sum(q * p for q, p in items.values())
    print(cat, sorted(items), f"{total:.2f}")
in_stock = [(c, n) for c, items in inv.items() for n, (q, _) in items.items() if q > 0]
print(in_stock)
inv["veg"]["leek"][0] -= 4
inv.setdefault("grain", {})["rice"] = [1, 3.0]
print(inv["veg"]["leek"], list(inv))
flat = {f"{c}.{n}": q for c, items in inv.items() for n, (q, p) in items.items()}
print(flat)
print(max(flat, key=flat.get), min(flat.values()))
