# how math functions accept arguments: ints of any size, bools, __float__, __index__
import math


class Fl:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class Ix:
    def __index__(self):
        return 3


class Both:
    def __float__(self):
        return 2.5

    def __index__(self):
        return 7


class FSub(float):
    pass


class ISub(int):
    def __float__(self):
        return 100.0


print(math.sqrt(Fl(16.0)), math.sqrt(Ix()), math.sqrt(Both()), math.sqrt(FSub(9)), math.sqrt(ISub(4)))
print(math.sqrt(True), math.exp(False), math.sqrt(2 ** 1000), math.fabs(-(10 ** 300)))
print(math.isfinite(10 ** 308), math.isinf(10 ** 300), math.isnan(0))
print(math.copysign(3, -2 ** 200), math.hypot(Ix(), Fl(4.0)), math.fsum([Ix(), Fl(0.5)]))
print(math.pow(Ix(), Both()), math.atan2(Fl(1.0), Ix()), math.ldexp(Fl(0.5), 3))
print(math.log(Ix()), math.log(ISub(4)), math.log(Both()), math.log10(True))


def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(math.sqrt, "4"))
print(attempt(math.sqrt, None))
print(attempt(math.sqrt, [1]))
print(attempt(math.sqrt, 1j))
print(attempt(math.sqrt, Fl("x")))
print(attempt(math.sqrt, Fl(3)))
print(attempt(math.sqrt, 2 ** 1024))
print(attempt(math.exp, -(2 ** 1024)))
print(attempt(math.isnan, 10 ** 400))
print(attempt(math.log, "e"))
print(attempt(math.atan2, 1, "0"))
print(attempt(math.degrees, b"1"))
print(attempt(math.log, 2 ** 1024 * 3, "x"))
