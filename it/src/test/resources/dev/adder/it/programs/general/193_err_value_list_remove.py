# list.remove, list.index and str.index of missing values
items = ["a", "b"]
try:
    items.index("z")
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
items.remove("c")
