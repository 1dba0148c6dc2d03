xs = [5, 3, 8, 1]
xs.append(7)
xs.extend([0, 2])
xs.sort()
print(xs, xs[1:4], xs[-2:], len(xs))
xs.reverse()
print(xs, xs.pop(), xs.index(5), 8 in xs)
ys = [x * 2 for x in xs if x % 2]
print(ys, sorted(ys, reverse=True), list(range(0, 10, 3)))
m = [[i * j for j in range(3)] for i in range(3)]
print(m, m[2][1])
t = (1, 2, 3)
a, b, c = t
print(a + b + c, t * 2, t + (4,), list(zip([1, 2], "ab")), list(enumerate("xy")))
first, *rest = [1, 2, 3]
print(first, rest, [*rest, *t], list(reversed(t)))
s = {3, 1, 2}
s.add(1)
print(len(s), 2 in s, sorted(s), list(map(str, t)), list(filter(None, [0, 1, 2])))
del xs[0]
xs[0] = 99
print(xs)
