# __class__ assignment: compatible layouts, refusals with CPython's messages, module subclasses.
import sys, types
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class T(S):
    pass
a = A()
a.v = 1
a.__class__ = B
print(type(a).__name__, a.who(), a.v, isinstance(a, B), isinstance(a, A))
for t, v in [(1, 'x'), (a, int), (a, S), (a, 5), (1, bool), ([], tuple), (S(), T), (T(), S), (S(), S2)]:
    try:
        t.__class__ = v
        print("ok", type(t).__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    del a.__class__
except Exception as e:
    print(type(e).__name__, e)
class D(dict): pass
class D2(dict): pass
d = D(k=1)
d.__class__ = D2
print(type(d).__name__, d)
class Mod(types.ModuleType):
    def hello(self): return "hello from " + self.__name__
m = types.ModuleType("m")
m.__class__ = Mod
print(m.hello())
class Node:
    def describe(self): return "node"
class Leaf(Node):
    def describe(self): return "leaf " + super().describe()
n = Node()
n.__class__ = Leaf
print(n.describe())
