from functools import cache, lru_cache

log = []


@cache
def kind(x):
    log.append(x)
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind("a"), kind("a"), kind((1,)), kind((1,)))
print(kind.cache_info(), kind.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def tkind(x, *, k=None):
    log.append(("t", x))
    return type(x).__name__


print(tkind(1), tkind(1.0), tkind(True), tkind(1), tkind(1, k=1), tkind(1, k=1.0), tkind(1, k=True))
print(tkind.cache_info(), tkind.cache_parameters())


@lru_cache(typed=True)
def pair(a, b):
    return (a, b)


print(pair(1, 2), pair(1.0, 2), pair(1, 2.0), pair(1, 2), pair.cache_info())

# a str or int alone is its own key: a tuple (x,) hits the same entry only when typed? no
@lru_cache(maxsize=None)
def ident(*args):
    log.append(args)
    return len(args)


print(ident(1), ident((1,)), ident("s"), ident(("s",)), ident.cache_info())

# keyword order matters
@cache
def kw(**k):
    return sorted(k)


print(kw(a=1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw.cache_info())

# many entries
@cache
def square(n):
    return n * n


total = sum(square(i % 50) for i in range(1000))
print(total, square.cache_info())
square.cache_clear()
print(square.cache_info())
print(len(log))
