# __slots__ naming one attribute twice, or one a base already has
class A:
    __slots__ = ('a', 'b')

class B(A):
    __slots__ = ('a', 'b', 'c')

class C:
    __slots__ = ('x', 'x', 'y')

b = B()
b.a, b.c = 1, 3
print(b.a, b.c, type(A.a).__name__, B.a is A.a, B.__slots__)
c = C()
c.x = 5
print(c.x, C.__slots__, hasattr(c, '__dict__'))
try:
    c.z = 1
except AttributeError as e:
    print(e)
try:
    print(c.y)
except AttributeError as e:
    print(e)

class D:
    __slots__ = ('__p', '__p')
    def __init__(self):
        self.__p = 'private'
print(D().__dict__ if hasattr(D(), '__dict__') else D()._D__p)

class E:
    __slots__ = ('x', '__dict__', 'x')
e = E()
e.x = 1
e.y = 2
print(e.x, e.__dict__)

class F:
    __slots__ = ('__dict__', '__dict__')
