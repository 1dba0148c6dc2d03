from functools import lru_cache, partial


def boom(a, b):
    return a / b


ratio = partial(boom, 1)


@lru_cache
def cached(x):
    return ratio(x)


@lru_cache(maxsize=2)
def outer(x):
    return cached(x - 1) + 1


print(cached(2), outer(3))
print(cached.cache_info(), outer.cache_info())
outer(1)
