# itertools.product: pools, repeat, ordering, empty inputs, eager reading of inputs, errors
from itertools import product

print(list(product("ab", "xy")), list(product([1, 2], repeat=2)))
print(list(product()), list(product(repeat=3)), list(product("ab", repeat=0)), list(product(5, repeat=0)))
print(list(product("ab", [])), list(product([], "ab")), list(product(range(2), "a", [True])))
print(len(list(product(range(3), repeat=4))), list(product("ab", "c", repeat=2))[:3])
p = product(range(3), range(3))
print(next(p), next(p), list(p)[-2:])
print(sum(1 for t in product(range(10), range(10), range(10)) if sum(t) == 9))
log = []
def gen():
    for i in range(2):
        log.append(i)
        yield i
p = product(gen(), "xy")
print(log, next(p), list(p))
src = [1, 2]
p = product(src, repeat=2)
src.append(3)
print(list(p))
res = list(product([[]], repeat=2))
print(res, res[0][0] is res[0][1])
r1, r2 = product("ab", repeat=1)
print(r1, r2, type(r1).__name__)
for args, kw in [((1,), {}), (([1],), {"repeat": -1}), (([1],), {"repeat": "a"}), (([1],), {"x": 1}),
                 (([1],), {"repeat": 1, "x": 1}), (([1],), {"repeat": 1.0}), (("a", 2), {})]:
    try:
        product(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    product("ab", "cd", repeat=2 ** 62)
except OverflowError as e:
    print("OverflowError", e)
try:
    product("ab", repeat=2 ** 64)
except OverflowError as e:
    print("OverflowError", e)
class P(product):
    pass
print(type(P("a")).__name__, list(P("ab", repeat=2)))
print(["".join(t) for t in product("01", repeat=3)])
