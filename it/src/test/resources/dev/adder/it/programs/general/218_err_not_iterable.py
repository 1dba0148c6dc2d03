# iterating over None returned by a function that forgot to return
def load_items():
    items = [1, 2, 3]
    items.sort()

for item in load_items():
    print(item)
