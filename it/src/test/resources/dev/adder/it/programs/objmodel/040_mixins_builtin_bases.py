# Mixins combined with builtin bases; the MRO decides which method wins.
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"


class UpperGet:
    def __getitem__(self, k):
        return super().__getitem__(k.upper())


class Record(ReprMixin, UpperGet, dict):
    pass


r = Record(A=1, B=2)
print(r, r["a"], r.get("A"), [k.__name__ for k in Record.__mro__])


class Counted(list):
    created = 0

    def __new__(cls, *args):
        cls.created += 1
        return super().__new__(cls, *args)


class Named(ReprMixin, Counted):
    pass


n = Named([1, 2])
print(n, Counted.created, Named.created, len(n))


class Ordered:
    def __lt__(self, other):
        return self.key() < other.key()

    def __eq__(self, other):
        return self.key() == other.key()

    __hash__ = None


class Version(Ordered, tuple):
    def key(self):
        return tuple(self)


vs = sorted([Version((1, 2)), Version((1, 0)), Version((0, 9))])
print([tuple(v) for v in vs], Version((1,)) == Version((1,)), Version.__hash__)
try:
    hash(Version((1,)))
except TypeError as e:
    print("TypeError:", e)
try:
    class Both(dict, list):
        pass
except TypeError as e:
    print("TypeError:", e)


class IntStr(int):
    def __str__(self):
        return "I" + super().__str__()


print(str(IntStr(5)), IntStr(5) + 1, f"{IntStr(3)}", repr(IntStr(3)))
