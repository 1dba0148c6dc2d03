# copysign, nextafter, ulp and isclose
import math

for x, y in [(1, -0.0), (-1, 0.0), (2.5, -3), (math.inf, -1), (-math.inf, 1), (0.0, -1), (3, math.nan)]:
    print("copysign", x, y, math.copysign(x, y))
print(math.isnan(math.copysign(math.nan, -1)), math.copysign(1, -math.nan) < 0)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 0.0), (0.0, -0.0), (1e308, math.inf),
             (math.inf, 0), (5e-324, 0), (-5e-324, 1), (1.7976931348623157e308, math.inf), (2, 2)]:
    print("nextafter", x, y, math.nextafter(x, y))
print(math.isnan(math.nextafter(math.nan, 1)), math.isnan(math.nextafter(1, math.nan)))
for x in [1.0, -1.0, 0.0, 2.0 ** 52, 1e300, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, 3, 0.1]:
    print("ulp", x, math.ulp(x))
print(math.isnan(math.ulp(math.nan)))
cases = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (math.inf, math.inf),
         (math.inf, -math.inf), (math.nan, math.nan), (1e10, 1e10 + 1), (-1.0, -1.0000000001), (0.1 + 0.2, 0.3)]
for a, b in cases:
    print("isclose", a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-12), math.isclose(a, b, abs_tol=1e-9))
print(math.isclose(a=1, b=1), math.isclose(1, 2, rel_tol=0.5), math.isclose(0, 0.5, abs_tol=0.5))
print(math.isclose(1, 1.5, rel_tol=0.2, abs_tol=0.1), math.isclose(True, 1))


def attempt(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(math.isclose, 1, 1, rel_tol=-1))
print(attempt(math.isclose, 1, 1, abs_tol=-0.1))
print(attempt(math.isclose, 1))
print(attempt(math.isclose, 1, 2, 3))
print(attempt(math.isclose, 1, 2, tol=3))
print(attempt(math.isclose, 1, "2"))
print(attempt(math.isclose, 1, b=2, a=3))
print(attempt(math.nextafter, 1), attempt(math.copysign, 1, "x"), attempt(math.ulp))
