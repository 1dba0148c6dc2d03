# reflected and in-place operator dispatch
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("N.__add__")
        return N(self.v + (o.v if isinstance(o, N) else o)) if isinstance(o, (N, int)) else NotImplemented
    def __radd__(self, o):
        print("N.__radd__")
        return N(o + self.v)
    def __repr__(self):
        return f"N({self.v})"

class Sub(N):
    def __radd__(self, o):
        print("Sub.__radd__")
        return Sub(o.v * 100 + self.v)

print(N(1) + 2)
print(2 + N(1))
print(N(1) + N(2))
print(N(1) + Sub(2))
print(sum([N(1), N(2), N(3)]))
x = N(5)
x += 1
print(x)
try:
    N(1) + "s"
except TypeError as e:
    print("TypeError:", e)
