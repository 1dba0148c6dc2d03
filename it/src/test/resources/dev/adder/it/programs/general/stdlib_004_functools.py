# the functools module
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(120), fib.cache_info().hits > 0)
pw = functools.partial(pow, 2)
print(pw(10), functools.partial(int, base=2)("1011"))
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def documented():
    """docs"""
print(documented.__name__, documented.__doc__)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
