import functools
from functools import lru_cache

# maxsize 0: nothing is cached, even unhashable arguments are fine
@lru_cache(maxsize=0)
def ident(x):
    return x


print(ident([1]), ident([1]), ident({}), ident.cache_info())

# negative maxsize means 0
@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg(1), neg.cache_info(), neg.cache_parameters())

# lru_cache used directly on a function: maxsize 128
@lru_cache
def direct(x):
    return x


print(direct(3), direct(3), direct.cache_info(), direct.cache_parameters())

# the C type used directly with functools' CacheInfo
w = functools._lru_cache_wrapper(abs, 2, False, functools._CacheInfo)
print(w(-1), w(-1), w(-2), w(-3), w(-1), w.cache_info())
w2 = functools._lru_cache_wrapper(abs, None, 1, functools._CacheInfo)
print(w2(-1), w2(-1.0), w2.cache_info())
w3 = functools._lru_cache_wrapper(len, 0, 0, lambda *a: a)
print(w3("abc"), w3.cache_info())
w4 = functools._lru_cache_wrapper(len, True, 0, functools._CacheInfo)
print(w4("ab"), w4("ab"), w4.cache_info())


def check(thunk):
    try:
        print("ok", thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: lru_cache(maxsize="a"))
check(lambda: lru_cache(maxsize=1.5))
check(lambda: lru_cache(maxsize=2 ** 70)(len))
check(lambda: type(lru_cache(3, typed=1)(len)).__name__)
check(lambda: functools._lru_cache_wrapper(1, 1, 0, functools._CacheInfo))
check(lambda: functools._lru_cache_wrapper(len, "x", 0, functools._CacheInfo))
check(lambda: functools._lru_cache_wrapper(len, 1))
check(lambda: w.cache_info(1))
check(lambda: w.cache_clear(1))
check(lambda: functools._lru_cache_wrapper(len, 1, 0, None).cache_info())
