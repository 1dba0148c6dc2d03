# __bool__ / __len__ truth, __index__, __int__, __float__, __abs__, __neg__.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __len__(self):
        return 0


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Bad:
    def __bool__(self):
        return 1


print(bool(B(True)), bool(B(False)), bool(L()), bool(Both()), not L())
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)


class Neg:
    def __len__(self):
        return -1


try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abc"[Idx()], hex(Idx()), list(range(Idx())))
print(bin(Idx()), [1, 2, 3, 4][Idx():], (1, 2, 3) * Idx() if False else "ok")


class I:
    def __int__(self):
        return 42


class F:
    def __float__(self):
        return 2.5


print(int(I()), float(F()))


class BadInt:
    def __int__(self):
        return "no"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class Signs:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return "abs"

    def __invert__(self):
        return "inv"


s = Signs()
print(-s, +s, abs(s), ~s)
try:
    -B(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1][I()]
except TypeError as e:
    print("TypeError:", e)
