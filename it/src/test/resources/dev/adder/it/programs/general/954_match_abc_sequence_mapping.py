# match: classes deriving from or registered with collections.abc.Sequence/Mapping are sequences/mappings
import collections, collections.abc as c

def kind(o):
    match o:
        case {}:
            return "mapping"
        case [*_]:
            return "sequence"
        case _:
            return "other"

class A(c.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class M: pass
class B(M, A): pass
class D(dict): pass
class E(M, dict): pass
class F(list, c.Mapping): pass
class G(c.Mapping, list):
    def __getitem__(self, k): raise KeyError(k)
    def __len__(self): return 0
    def __iter__(self): return iter(())
class X: pass
class Y(X): pass
for k in (A, B, D, E, F, G, X, Y):
    print(k.__name__, kind(k()))
c.Sequence.register(X)
print("after register", kind(X()), kind(Y()))
c.Mapping.register(Y)
print("Y mapping", kind(X()), kind(Y()))
class Z(M): pass
c.Sequence.register(M)
print("Z", kind(Z()), kind(B()))
c.Sequence.register(str)
print("str", kind("abc"), kind(b"x"), kind(bytearray()), kind(range(3)), kind(collections.deque()))
print(kind(collections.UserDict({1: 2})), kind(collections.UserList([1])), kind(collections.OrderedDict()))
print(kind(type({}.keys())), kind({}.keys()), kind({}.items()))

class Seq(c.Sequence):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 42
match Seq():
    case [x, *_, y]:
        print(x, y)
match collections.UserDict({0: 1, 2: 3}):
    case {2: 3, **z}:
        print("rest", z)
class Both:
    __abc_tpflags__ = (1 << 5) | (1 << 6)
try:
    class Bad(c.Sequence, metaclass=type(c.Sequence)):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError", e)
import array; print("array", kind(array.array("i")), kind(memoryview(b"ab")), kind(type.__dict__))
