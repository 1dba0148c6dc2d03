# __doc__ and __hash__ in a new class's dict: after the slots, in CPython's order
class A:
    x = 1
class B:
    'doc'
    __slots__ = ('y',)
class C:
    __slots__ = ('__doc__', 'x')
    def __init__(self): self.__doc__ = 'inst doc'
class D(Exception):
    pass
class E:
    __slots__ = ()
    def __eq__(self, o): return True
print(list(A.__dict__), list(B.__dict__), list(C.__dict__), list(D.__dict__), list(E.__dict__))
print(C().__doc__, A.__doc__, B.__doc__)
