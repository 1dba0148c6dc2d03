# KeyError with a tuple key and an empty-string key
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(0, 0)])
try:
    grid[""]
except KeyError as e:
    print(repr(e), str(e))
print(grid[(2, 3)])
