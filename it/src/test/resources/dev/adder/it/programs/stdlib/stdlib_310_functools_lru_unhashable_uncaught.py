from functools import lru_cache


@lru_cache(maxsize=16)
def total(items):
    return sum(items)


print(total((1, 2, 3)))
print(total(frozenset({4, 5})))
print(total.cache_info())
try:
    total({"a": 1})
except TypeError as e:
    print("caught:", e)
print(total.cache_info())
total([1, 2, 3])
