# floor, ceil and trunc: floats, ints of any size, and the __floor__/__ceil__/__trunc__ protocol
import math

for x in [2.5, -2.5, 2.0, -0.0, 0.5, -0.5, 1e20, -1e20, 1.7976931348623157e308, 4503599627370495.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
for x in [0, 7, -7, 2 ** 100, -(3 ** 90), True, False]:
    r = (math.floor(x), math.ceil(x), math.trunc(x))
    print(x, r, [type(v).__name__ for v in r])


class Num:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))


class F(float):
    pass


class G(float):
    def __floor__(self):
        return 42


print(math.floor(F(3.7)), math.ceil(F(-3.7)), math.trunc(F(3.7)), math.floor(G(1.5)), math.ceil(G(1.5)))


class OnlyFloat:
    def __float__(self):
        return 8.5


print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
for f in (math.floor, math.ceil, math.trunc):
    for bad in (math.inf, -math.inf, math.nan, "3", None, OnlyFloat()):
        try:
            print(f.__name__, f(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
