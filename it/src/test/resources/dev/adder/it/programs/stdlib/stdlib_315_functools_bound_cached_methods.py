from functools import lru_cache


class Repo:
    def __init__(self, name):
        self.name = name

    @lru_cache(maxsize=4)
    def fetch(self, key):
        "Fetch a key."
        return f"{self.name}:{key}"

    def plain(self):
        "doc plain"
        return 1


Repo.plain.custom = "c"
r1 = Repo("one")
r2 = Repo("two")
print(r1.fetch("a"), r2.fetch("a"), r1.fetch("a"))
# the bound method forwards attribute lookups to the cache wrapper
print(r1.fetch.cache_info())
print(r1.fetch.__doc__, r1.fetch.__name__, r1.fetch.__wrapped__(r2, "w"))
r2.fetch.cache_clear()
print(Repo.fetch.cache_info(), r1.fetch.cache_parameters())
print(r1.fetch == r1.fetch, r1.fetch == r2.fetch)

# the same for plain functions
p = r1.plain
print(p.custom, p.__doc__, p.__name__, hasattr(p, "nope"), getattr(p, "nope", 5))
print(p.__func__ is Repo.plain, p.__self__ is r1, p.__code__.co_name, p.__defaults__)
try:
    p.nope
except AttributeError as e:
    print(e)
try:
    p.custom = 2
except AttributeError as e:
    print(e)
try:
    r1.fetch.missing
except AttributeError as e:
    print(e)
