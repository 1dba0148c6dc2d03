from functools import lru_cache

calls = []


@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1, 5, 3, 1, 1]:
    sq(v)
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
print(sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
calls.clear()
print(sq(2), sq(2), calls, sq.cache_info())

# maxsize 1: only the last call is remembered
@lru_cache(maxsize=1)
def one(x):
    calls.append(("one", x))
    return -x


calls.clear()
for v in [1, 1, 2, 1, 1, 2, 2]:
    one(v)
print(calls, one.cache_info())

# positional and keyword forms are different keys; 1 and 1.0 are the same key
@lru_cache(maxsize=10)
def add(x, y=0):
    return x + y


print(add(1), add(1.0), add(True), add(x=1), add(1, y=0), add(y=0, x=1), add(x=1, y=0))
print(add.cache_info())

# the wrapper looks like the function
@lru_cache(maxsize=32)
def documented(a):
    "Some docs."
    return a


print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__wrapped__(5), documented.cache_info())
print(type(documented).__name__, type(documented).__module__)
print(documented.__reduce__())
