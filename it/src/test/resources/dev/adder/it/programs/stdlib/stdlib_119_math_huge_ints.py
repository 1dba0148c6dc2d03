# logarithms and conversions of ints too large for a float
import math

for k in [1023, 1024, 1025, 2000, 10000, 100000]:
    n = 2 ** k
    print(k, math.log(n), math.log2(n), math.log10(n), math.log(n, 2), math.log(n + 1, 10))
for n in [10 ** 308, 10 ** 309, 10 ** 400, 3 ** 5000, 7 ** 12345 - 1, 2 ** 1024 - 1]:
    print(math.log(n), math.log10(n), math.log2(n))
print(math.log(10 ** 500, 10 ** 250), math.log(2 ** 2000, 2 ** 1000), math.log(3 ** 1000, 3.0))
print(math.floor(10 ** 400) == 10 ** 400, math.ceil(-(10 ** 400)) == -(10 ** 400), math.trunc(2 ** 3000) > 0)
print(math.gcd(10 ** 400, 10 ** 399 * 7), math.isqrt(10 ** 401) // 10 ** 195)


def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for f in (math.sqrt, math.exp, math.sin, math.fabs, math.isinf, math.frexp, math.ulp, math.modf):
    print(f.__name__, attempt(f, 10 ** 400), attempt(f, -(10 ** 400)))
print(attempt(math.log, -(10 ** 400)), attempt(math.log2, 0), attempt(math.log1p, 10 ** 400))
print(attempt(math.fsum, [10 ** 400]), attempt(math.hypot, 10 ** 400), attempt(math.pow, 10 ** 400, 0))
print(attempt(math.ldexp, 1.0, 10 ** 400), attempt(math.ldexp, 1.0, -(10 ** 400)))
