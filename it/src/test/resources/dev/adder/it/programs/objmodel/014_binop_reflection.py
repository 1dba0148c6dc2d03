# Binary operators: __radd__ and friends, subclass-first reflection, in-place fallbacks.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        print("V.__add__")
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __radd__(self, o):
        print("V.__radd__")
        return V(self.x + o)

    def __mul__(self, k):
        return V(self.x * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, o):
        print("W.__radd__")
        return "W wins"


print(V(1) + V(2))
print(1 + V(2))
print(V(1) + W(2))
print(3 * V(2), V(2) * 3)
v = V(1)
v += V(5)
print(v)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
try:
    V(1) - V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    v -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __pow__(self, o):
        return ("pow", o)

    def __rpow__(self, o):
        return ("rpow", o)

    def __matmul__(self, o):
        return "matmul"

    def __divmod__(self, o):
        return "divmod"

    def __rfloordiv__(self, o):
        return "rfloordiv"


print(P() ** 2, 2 ** P(), P() @ 1, divmod(P(), 3), 7 // P())
print(-V(1) if hasattr(V, "__neg__") else "no neg")
