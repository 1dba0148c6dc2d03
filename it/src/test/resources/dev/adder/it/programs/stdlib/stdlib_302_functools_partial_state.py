import copy
from functools import partial


def f(*args, **kw):
    return args, kw


p = partial(f, 1, 2, a=3)
red = p.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][0] is f, red[2][1:])

n = partial(print)
n.__setstate__((f, (1,), {"k": 2}, None))
print(n(), n.func is f, n.args, n.keywords)
n.__setstate__((f, (5, 6), None, {"attr": 1}))
print(n(), n.keywords, n.attr)
print(n.__reduce__()[2][3])

# tuple and dict subclasses are copied to plain ones
class T(tuple):
    pass


class D(dict):
    pass


n.__setstate__((f, T((1,)), D(x=1), None))
print(type(n.args).__name__, type(n.keywords).__name__, n())

for bad in [(1, 2), (f, (), {}), (1, (), {}, None), (f, [1], {}, None), (f, (), [], None), [f, (), {}, None]]:
    try:
        n.__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)

c = copy.copy(p)
d = copy.deepcopy(p)
print(c is p, c.args, c.keywords, d.args, d.keywords, d())
p.keywords["x"] = [1]
d2 = copy.deepcopy(p)
print(d2.keywords["x"] is p.keywords["x"], d2.keywords)

# a partial whose repr contains itself
rp = partial(f)
rp.keywords["me"] = rp
print(repr(rp).replace(repr(f), "<f>"))
ra = partial(f)
ra.__setstate__((f, (ra,), {}, None))
print(repr(ra).replace(repr(f), "<f>"))
print(partial[int], partial.__class_getitem__(str))
