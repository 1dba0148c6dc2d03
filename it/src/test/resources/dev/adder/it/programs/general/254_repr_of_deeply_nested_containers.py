# repr of containers nested deeper than the recursion limit raises RecursionError
# (it does not try to build the text); shallower ones print, recursive ones show '...'.
import sys


def nest(make, depth):
    x = make(None)
    for _ in range(depth):
        x = make(x)
    return x


makers = [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {0: x}),
          ("frozenset", lambda x: frozenset([x]))]
for name, make in makers:
    for depth in (10, 100_000):
        try:
            print(name, depth, len(repr(nest(make, depth))))
        except RecursionError as e:
            print(name, depth, "RecursionError:", e)

deep = nest(lambda x: [x], 100_000)
try:
    str(deep)
except RecursionError as e:
    print("str:", e)
try:
    print(f"{deep}"[:5])
except RecursionError as e:
    print("format:", e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    print(len(repr(nest(lambda x: [x], 30))))
    repr(nest(lambda x: [x], 200))
except RecursionError as e:
    print("limit 60:", e)
finally:
    sys.setrecursionlimit(old)
print(len(repr(nest(lambda x: [x], 500))))

r = [1]
r.append(r)
d = {}
d["self"] = d
print(r, d)
