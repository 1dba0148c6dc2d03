import functools
import operator
from functools import partial, partialmethod, reduce, wraps, lru_cache


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, note=""):
        self.alive = state
        return (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive)
print(type(Cell.__dict__["set_alive"]).__name__)

add = partial(reduce, operator.add)
print(add([1, 2, 3]), add(["a", "b"], "z"))
mul3 = partial(operator.mul, 3)
print(list(map(mul3, range(5))))


def logged(func):
    @wraps(func)
    def inner(*a, **k):
        return ("logged", func(*a, **k))
    return inner


@logged
@lru_cache(maxsize=8)
def cube(x):
    "Cube it."
    return x ** 3


print(cube(3), cube(3), cube.__name__, cube.__doc__, cube.__wrapped__.cache_info())
print(cube.__wrapped__.__wrapped__(2))

# update_wrapper on a partial (it has a __dict__)
p = partial(pow, 2)
functools.update_wrapper(p, pow)
print(p.__name__, p(10), p.__wrapped__ is pow)


def tagged(tag, x):
    return (tag, x)


handlers = {int: partial(tagged, "int"), str: partial(tagged, "str")}
print([handlers[type(v)](v) for v in [1, "s", 2]])


# partial and lru_cache inside sorted / min / max
words = ["pear", "Fig", "apple", "banana"]
key = lru_cache(maxsize=None)(str.lower)
print(sorted(words, key=key), key.cache_info())
print(max(words, key=partial(len)), min(words, key=key))
