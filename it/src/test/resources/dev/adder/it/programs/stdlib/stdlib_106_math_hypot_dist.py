# hypot (any number of coordinates) and dist
import math

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-1.5, 2))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-200, 1e-200))
print(math.hypot(*range(10)), math.hypot(*[0.1] * 100), math.hypot(True, True))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 3))
print(math.hypot(0.0, -0.0), math.hypot(2 ** 60, 1), math.hypot(3, 4, 12, 84))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
print(math.dist(iter([0, 0]), iter([1, 1])), math.dist((), ()), math.dist(range(3), range(3, 6)))
print(math.dist((math.inf, 0), (0, 0)), math.dist((math.nan,), (0,)), math.dist((1e308, -1e308), (-1e308, 1e308)))
for i in range(1, 8):
    print(i, math.hypot(*[i / 3.0] * i), math.dist([i] * i, [0.5] * i))


def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(math.hypot, "3", 4))
print(attempt(math.hypot, 2 ** 1024))
print(attempt(math.dist, (1, 2), (1,)))
print(attempt(math.dist, 1, (1,)))
print(attempt(math.dist, (1,)))
print(attempt(math.dist, ("a",), (1,)))
print(attempt(math.hypot, x=3))
