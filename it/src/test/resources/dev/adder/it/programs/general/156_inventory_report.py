# grouping, aggregation and formatted report
orders = [
    ("2024-01-03", "widget", 3, 2.50), ("2024-01-03", "gadget", 1, 10.00),
    ("2024-01-04", "widget", 10, 2.25), ("2024-02-01", "doohickey", 2, 7.75),
    ("2024-02-14", "gadget", 4, 9.50), ("2024-02-15", "widget", 1, 2.50),
    ("2024-03-01", "doohickey", 5, 7.00),
]
by_month = {}
by_product = {}
for date, prod, qty, price in orders:
    month = date[:7]
    by_month[month] = by_month.get(month, 0) + qty * price
    p = by_product.setdefault(prod, {"qty": 0, "revenue": 0.0})
    p["qty"] += qty
    p["revenue"] += qty * price
print("Monthly revenue")
for m in sorted(by_month):
    print(f"  {m}  {by_month[m]:>8.2f}  {'=' * int(by_month[m] // 5)}")
print("Products")
for prod, s in sorted(by_product.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"  {prod:<10}{s['qty']:>4}{s['revenue']:>9.2f}{s['revenue'] / s['qty']:>7.2f}")
print(f"total {sum(by_month.values()):.2f}")
