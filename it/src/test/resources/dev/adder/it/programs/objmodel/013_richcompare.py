# Rich comparison with reflection, NotImplemented and subclass priority.
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Num.__lt__", type(other).__name__)
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        print("Num.__gt__", type(other).__name__)
        if isinstance(other, (int, Num)):
            return self.v > (other.v if isinstance(other, Num) else other)
        return NotImplemented

    def __eq__(self, other):
        print("Num.__eq__")
        return NotImplemented


class SubNum(Num):
    def __lt__(self, other):
        print("SubNum.__lt__")
        return "sub-lt"

    def __gt__(self, other):
        print("SubNum.__gt__")
        return "sub-gt"


print(Num(1) < Num(2))
print(3 < Num(1))
print(Num(1) < SubNum(2))
print(SubNum(1) > Num(2))
print(Num(1) == Num(1), Num(1) != Num(1))
a = Num(1)
print(a == a, a != a)
try:
    Num(1) < "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < 1
except TypeError as e:
    print("TypeError:", e)


class AlwaysEq:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


print(1 == AlwaysEq(), AlwaysEq() == "x", "x" != AlwaysEq(), AlwaysEq() in [1, 2])
print(sorted([Num(3), Num(1), Num(2)], key=lambda n: n.v)[0].v)
print(max([SubNum(1), SubNum(2)]) is not None)
