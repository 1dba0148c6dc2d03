# equality, identity and membership in containers
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Eq) and self.v == other.v
    __hash__ = None

a = [Eq(1), Eq(2), Eq(3)]
print(Eq(2) in a)
print(a.index(Eq(3)))
print(a.count(Eq(1)))
x = a[0]
print(x in a)
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,))
print([1, 2] == (1, 2), [] == (), {1: 2} == [(1, 2)])
