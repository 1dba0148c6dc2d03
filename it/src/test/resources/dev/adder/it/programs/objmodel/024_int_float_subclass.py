# int and float subclasses: arithmetic results, overridden operators, bool.
class Money(int):
    def __new__(cls, v, cur="EUR"):
        o = super().__new__(cls, v)
        o.cur = cur
        return o

    def __repr__(self):
        return f"{int(self)} {self.cur}"

    def __add__(self, other):
        return Money(int(self) + int(other), self.cur)

    __radd__ = __add__


m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * 2, type(m * 2).__name__, type(-m).__name__)
print(m == 5, m < 6, hash(m) == hash(5), [0, 1, 2, 3, 4, 5, 6][m], bool(Money(0)))
print(isinstance(m, int), int(m), type(int(m)).__name__, float(m), str(m), f"{m:>4}")
print(sum([Money(1), Money(2)]), type(sum([Money(1), Money(2)])).__name__)


class Small(int):
    pass


print(Small(7) // 2, type(Small(7) // 2).__name__, Small("12"), Small("ff", 16), Small())


class Temp(float):
    def __str__(self):
        return f"{float(self):.1f} deg"


t = Temp(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, t > 20, round(t, 1), int(t))
print(Temp("3.5"), isinstance(t, float), Temp.__mro__[1].__name__)


class Flag(int):
    def __bool__(self):
        return False


print(bool(Flag(1)), "yes" if Flag(5) else "no")
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
