# list and tuple subclasses take keyword arguments their own __init__ or __new__ handles; a
# subclass whose __iter__ lies is iterated, not copied, by tuple() and list().
for base in (list, tuple):
    class subclass(base):
        pass
    u = subclass([1, 2])
    print(type(u).__name__, list(u))
    try:
        subclass(sequence=())
    except TypeError as e:
        print("TypeError", e)
    class subclass_with_init(base):
        def __init__(self, seq, newarg=None):
            if base is list:
                super().__init__(seq)
            self.newarg = newarg
    try:
        u = subclass_with_init([1, 2], newarg=3)
        print(type(u).__name__, list(u), u.newarg)
    except TypeError as e:
        print("TypeError", e)
    class subclass_with_new(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
    try:
        u = subclass_with_new([1, 2], newarg=3)
        print(type(u).__name__, list(u), u.newarg)
    except TypeError as e:
        print("TypeError", e)
    try:
        base([1], x=1)
    except TypeError as e:
        print("TypeError", e)
class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

for t in (tuple, list):
    print(t(LyingTuple((2,))), t(LyingList([2])))
print(sorted(LyingList([5])), [*LyingTuple((3,))], set(LyingList([7])), ''.join(LyingList(['x'])) if False else 0)
