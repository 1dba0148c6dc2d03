# prod: ints, floats, mixed types, start, and errors
import math

print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([2.0, 3.0, 0.5]))
print(math.prod([2 ** 62, 4]), math.prod([2 ** 40] * 5), math.prod([1, 2.5, 3]), math.prod([True, True, 3]))
print(math.prod([3], start=2.0), math.prod([1, 3, 0.5]), math.prod([1, 2], start=0.5), math.prod([3, 2], start=True))
print(math.prod(["ab"], start=3), math.prod([[1, 2], 2]), math.prod([2, 3], start=[0]))
print(math.prod(x for x in range(1, 30)), math.prod([-1] * 7), math.prod([1e200, 1e200, 0.0]))
print(math.prod([math.inf, 0]), math.prod([1e308, 10]), math.prod(iter([5, 5])), math.prod((1.5,) * 3))


class M:
    def __repr__(self):
        return "M"

    def __mul__(self, other):
        return "M*" + repr(other)

    def __rmul__(self, other):
        return repr(other) + "*M"


print(math.prod([M(), 2]), math.prod([2, M()]), math.prod([M()], start=M()))


def attempt(*a, **k):
    try:
        return math.prod(*a, **k)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt())
print(attempt([1], 2))
print(attempt([1], begin=2))
print(attempt(5))
print(attempt(["a", "b"]))
print(attempt([None, 2]))
print(attempt(iterable=[1, 2]))
