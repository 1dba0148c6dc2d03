# slice assignment and deletion
a = list(range(10))
a[2:5] = []
print(a)
a[::2] = ["e"] * len(a[::2])
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = "xy"
print(a)
del a[1:3]
print(a)
b = list(range(8))
b[::-3] = [0, 0, 0]
print(b)
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
m = [1, 2, 3, 4, 5]
print(m[10:], m[-10:2], m[3:1], m[::-1][1:3])
