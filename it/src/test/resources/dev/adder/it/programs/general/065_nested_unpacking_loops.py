# unpacking in for loops
records = [("a", (1, 2)), ("b", (3, 4)), ("c", (5, 6))]
for name, (x, y) in records:
    print(name, x + y)
pairs = {"one": 1, "two": 2}
for i, (k, v) in enumerate(sorted(pairs.items())):
    print(i, k, v)
matrix = [[1, 2, 3], [4, 5, 6]]
for (a, b, c) in matrix:
    print(a * b * c)
for a, *rest in matrix:
    print(a, rest)
points = [(0, 0), (3, 4), (6, 8)]
dist = [((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 for (x1, y1), (x2, y2) in zip(points, points[1:])]
print(dist)
