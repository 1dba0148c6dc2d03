# range behaves like an immutable sequence
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r)
print(list(range(10, 0, -2)), list(range(0)), list(range(-3, 3)))
print(r.index(11), r.count(8), range(5) == range(0, 5), range(0) == range(3, 1))
print(list(reversed(range(5))), sum(range(1, 11)), max(range(7)))
print(range(1, 10)[::2], list(range(1, 10)[::-3]))
print(range(0, 10 ** 20, 7)[-1], range(0, 10 ** 20, 7)[10 ** 18])
for i in range(3):
    for j in range(i):
        print(i, j, end="; ")
print()
