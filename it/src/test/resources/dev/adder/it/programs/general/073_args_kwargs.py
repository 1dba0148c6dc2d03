# *args and **kwargs
def show(*args, **kwargs):
    print(len(args), args, sorted(kwargs.items()))
show()
show(1, 2)
show(a=1)
show(1, *[2, 3], b=2, **{"c": 3})
def wrapper(fn):
    def inner(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return inner
@wrapper
def add(x, y=0):
    return x + y
print(add(1, 2), add(5, y=6), add(x=7))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(start=10), total(*range(5), start=100))
def mixed(a, *rest, last="L", **opts):
    return a, rest, last, opts
print(mixed(1), mixed(1, 2, 3, last="x", y=1))
args = (1, 2)
kwargs = {"last": "K"}
print(mixed(*args, **kwargs))
