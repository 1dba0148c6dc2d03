# the math module
import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3))
print(math.gcd(84, 36), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10 ** 20 + 1), math.log(math.e), math.log2(1024), math.log10(0.001), math.log(8, 2))
print(round(math.sin(math.pi / 6), 12), round(math.cos(0), 12), math.atan2(1, 1) * 4 == math.pi)
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(2 ** 70 + 0.5) if False else math.floor(1e20), type(math.floor(2.5)).__name__)
