# enumerate, zip, reversed, sorted
names = ["ann", "ben", "cy"]
ages = [31, 22, 45, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n, end=" ")
print()
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
print(list(enumerate("ab", 10)), list(reversed(names)), list(reversed((1, 2))))
for a, (b, c) in zip(range(3), zip("pqr", [True, False, None])):
    print(a, b, c)
e = enumerate(["x", "y"])
print(next(e), next(e))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(map(str.upper, names)), list(filter(lambda a: a > 30, ages)))
