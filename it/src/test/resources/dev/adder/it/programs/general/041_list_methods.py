# list methods
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(42))
a.reverse()
print(a)
a.sort()
print(a)
b = a.copy()
b.append(0)
print(a, b, a == b[:-1])
a.clear()
print(a, [] == a)
c = [1, 2] * 3 + [3]
print(c, c[::-1], c[1:5:2])
del c[0]
del c[::2]
print(c)
c[1:2] = ["x", "y", "z"]
print(c)
c[:] = range(3)
print(c)
