# gcd and lcm with any number of arguments, isqrt on ints of any size
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(1, 2 ** 200), math.gcd(True, 4))
print(math.gcd(-9223372036854775808, 6), math.gcd(-9223372036854775808, -9223372036854775808))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 0), math.lcm(0, 4))
print(math.lcm(2, 3, 4, 5, 6), math.lcm(2 ** 64, 3 ** 40), math.lcm(*range(1, 21)))
print(type(math.gcd(True)).__name__, math.gcd(True), type(math.lcm(False)).__name__)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 52, 2 ** 62, 2 ** 63 - 1, 2 ** 64, 10 ** 40, 10 ** 41,
          2 ** 127 - 1, (10 ** 30 + 7) ** 2, (10 ** 30 + 7) ** 2 - 1, 9223372036854775807 ** 2]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(True), math.isqrt(10 ** 100) == 10 ** 50)


class Idx:
    def __index__(self):
        return 50


print(math.gcd(Idx(), 15), math.lcm(Idx(), 3), math.isqrt(Idx()))


def attempt(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(math.gcd, 1.5), attempt(math.gcd, 4, "6"), attempt(math.lcm, 2.0))
print(attempt(math.isqrt, -1), attempt(math.isqrt, 4.0), attempt(math.isqrt, -(10 ** 30)))
print(attempt(math.gcd, a=1), attempt(math.lcm, 1, b=2))
