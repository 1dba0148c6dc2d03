# uncaught KeyError from a dict lookup
prices = {"apple": 1.25, "pear": 0.75}
order = ["apple", "pear", "mango"]
total = 0
for item in order:
    total += prices[item]
    print(item, total)
