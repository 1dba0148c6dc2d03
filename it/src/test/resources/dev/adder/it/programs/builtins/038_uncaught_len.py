items = [1, 2, 3]
print(len(items))
print(sorted(items, reverse=True))
len(items, items)
