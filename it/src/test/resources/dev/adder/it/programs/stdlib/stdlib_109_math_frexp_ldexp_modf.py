# frexp, ldexp, modf, fmod and remainder, with special values
import math

for x in [0.0, -0.0, 1.0, -1.0, 8.0, 0.1, 1e300, 5e-324, -2.2250738585072014e-308, 1e-310, 3, True]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.frexp(math.inf), math.frexp(-math.inf), math.frexp(math.nan))
for x, i in [(1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (1.5, -1074), (3.0, -1075), (0.75, -1073),
             (1.0, 10 ** 30), (1.0, -(10 ** 30)), (0.0, 10 ** 30), (-0.0, 5), (math.inf, -5), (2, True)]:
    try:
        print("ldexp", x, i, math.ldexp(x, i))
    except OverflowError as e:
        print("ldexp", x, i, "OverflowError", e)
for x in [3.75, -3.75, 0.0, -0.0, 5.0, -5.0, 1e300, 0.5, math.inf, -math.inf, 7]:
    print("modf", x, math.modf(x))
print(math.modf(math.nan))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-0.0, 1), (1, math.inf), (-1, -math.inf),
             (1e300, 3), (5, 0.1), (math.nan, 1), (1, math.nan)]:
    print("fmod", x, y, math.fmod(x, y), math.remainder(x, y))
for x, y in [(5, 2), (7, 2), (-5, 2), (-7, 2), (6, 4), (2, 4), (-2, 4), (1e308, 3e-308), (3, math.inf), (-0.0, 1)]:
    print("remainder", x, y, math.remainder(x, y))


def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(math.fmod, 1, 0), attempt(math.fmod, math.inf, 1), attempt(math.remainder, 1, 0))
print(attempt(math.remainder, math.inf, 1), attempt(math.ldexp, 1.0, 2.0), attempt(math.ldexp, "1", 2))
print(attempt(math.frexp, "x"), attempt(math.modf, None), attempt(math.ldexp, 1.0))
