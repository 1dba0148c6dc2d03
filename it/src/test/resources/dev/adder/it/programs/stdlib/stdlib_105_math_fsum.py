# fsum: exact summation, special values and errors
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e16, 1e-16]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([-0.0, -0.0]), math.fsum([0.0, -0.0]))
print(math.fsum(range(1, 101)), math.fsum([True, 2, 3.5]))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum(x / 7 for x in range(1000)), math.fsum([1 / 3] * 3))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 1e308, 1e308]), math.fsum([math.nan, 1.0]))
print(math.fsum([math.inf, math.inf]), math.fsum([math.inf, math.nan]))
print(math.fsum([2 ** 1000, -(2 ** 1000), 0.5]))
vals = [(-1) ** i * 10.0 ** (i % 30) for i in range(200)]
print(math.fsum(vals), sum(vals))


def attempt(arg):
    try:
        return math.fsum(arg)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt([1e308, 1e308]))
print(attempt([math.inf, -math.inf]))
print(attempt([1, "2"]))
print(attempt(5))
print(attempt([2 ** 1024]))
print(attempt([1.0, None]))
