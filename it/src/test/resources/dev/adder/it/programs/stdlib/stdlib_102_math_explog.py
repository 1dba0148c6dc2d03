# exp, exp2, expm1, log, log1p, log2, log10 and log with a base
import math

for x in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, -10.0, 100.0, -745.0, 709.0, 1e-10, -1e-300]:
    print(x, math.exp(x), math.exp2(x), math.expm1(x))
for x in [1, 2, 10, 0.5, 1e-300, 5e-324, 1e300, 123.456, 2 ** 52 + 1, 1024, 0.1]:
    print(x, math.log(x), math.log2(x), math.log10(x))
for x in [0.0, -0.0, 1e-10, -0.5, 1.0, 1e100, -1e-20]:
    print("log1p", x, math.log1p(x))
print(math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(0.5, 4), math.log(27, 3))
print(math.log(math.inf), math.exp(-math.inf), math.exp(math.inf), math.expm1(-math.inf))
print(math.log2(2 ** 1000), math.log10(10 ** 22), math.log2(0.125), math.log10(1e-300))


def attempt(f, *a):
    try:
        return f(*a)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


for f in (math.log, math.log2, math.log10):
    print(f.__name__, attempt(f, 0), attempt(f, -1), attempt(f, 0.0), attempt(f, -math.inf), attempt(f, -2 ** 100))
print(attempt(math.log1p, -1), attempt(math.log1p, -2), attempt(math.log, 10, 1), attempt(math.log, 10, 0))
print(attempt(math.exp, 710), attempt(math.exp2, 1024), attempt(math.expm1, 710), attempt(math.exp, 10 ** 400))
print(math.exp(-1000), math.exp2(-1075), math.expm1(-1000))
