from functools import cache, lru_cache


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
print(fib(100), fib.cache_info())


@lru_cache(maxsize=4)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(250), depth.cache_info())
print(depth(250), depth(249), depth(10), depth.cache_info())

# mutual recursion through two caches
@lru_cache(maxsize=None)
def even(n):
    return True if n == 0 else odd(n - 1)


@lru_cache(maxsize=None)
def odd(n):
    return False if n == 0 else even(n - 1)


print(even(100), odd(77), even.cache_info(), odd.cache_info())

# number of partitions of n, a two-argument recursion
@lru_cache(maxsize=None)
def parts(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return parts(n - k, k) + parts(n, k - 1)


print([parts(n, n) for n in range(1, 16)], parts.cache_info().currsize)

# a function that asks for its own key while computing it
seen = []


@lru_cache(maxsize=2)
def reenter(n):
    seen.append(n)
    if n > 0 and len(seen) < 5:
        reenter(n)
    return n * 10


print(reenter(1), seen, reenter.cache_info())

# clearing the cache during a call
@lru_cache(maxsize=3)
def clearing(n):
    if n == 2:
        clearing.cache_clear()
    return n


print([clearing(i) for i in [1, 2, 3, 1, 2]], clearing.cache_info())
