from functools import lru_cache, partial


# recursion through a partial: only the Python frames count
def walk(n):
    return 0 if n == 0 else step(n - 1) + 1


step = partial(walk)
print(walk(900))

# through an uncached lru_cache wrapper the wrapper call counts too
@lru_cache(maxsize=0)
def climb(n):
    return 0 if n == 0 else climb(n - 1) + 1


print(climb(400), climb.cache_info())


@lru_cache(maxsize=None)
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(down.cache_info().currsize)


def r(n):
    return p(n + 1)


p = partial(r)
try:
    r(0)
except RecursionError as e:
    print("RecursionError:", e)

# after the errors, everything still works
print(walk(10), climb(10), down.cache_info().hits)
