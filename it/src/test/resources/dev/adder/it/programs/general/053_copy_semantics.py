# aliasing and shallow copies
a = [1, [2, 3], {"k": 4}]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[1].append(99)
print(b, c, d, e)
print(a is b, a is c, a[1] is c[1])
m = {"x": [1]}
n = dict(m)
n["x"].append(2)
n["y"] = 0
print(m, n)
def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_to(1), append_to(2))
def bad_default(x, lst=[]):
    lst.append(x)
    return lst
print(bad_default(1), bad_default(2), bad_default(3))
t = ([1], 2)
t[0].append(3)
print(t)
