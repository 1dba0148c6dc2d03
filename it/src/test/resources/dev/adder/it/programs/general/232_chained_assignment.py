# chained and multiple-target assignment
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0, 0]
k = lst[k] = 1 if False else 2
print(k, lst)
d = {}
d["a"] = d["b"] = len(d)
print(d)
first, second = rest = (3, 4)
print(first, second, rest)
