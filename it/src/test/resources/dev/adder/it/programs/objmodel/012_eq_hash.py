# __eq__ and __hash__ rules: defining __eq__ makes instances unhashable unless __hash__ is given.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class InheritsEq(EqOnly):
    pass


class NoHash:
    __hash__ = None


print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, EqHash.__hash__ is not None)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
for obj in [EqOnly(1), InheritsEq(2), NoHash(), [1], {}]:
    try:
        hash(obj)
        print("hashable", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), hash(EqHash(5)) == hash(5))
d = {EqHash(3): "three"}
print(d[EqHash(3)])


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class ListSub(list):
    pass


try:
    hash(ListSub())
except TypeError as e:
    print("TypeError:", e)


class HashableList(list):
    def __hash__(self):
        return 7


print(hash(HashableList([1])))
print(type(NoHash.__hash__), {Plain: 1}[Plain])
{EqOnly(1): 1}
