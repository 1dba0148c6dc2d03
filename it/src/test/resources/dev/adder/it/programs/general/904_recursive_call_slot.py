# an instance set as its own class's __call__ recurses into a catchable RecursionError
class A(object):
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError:", e)

class B:
    def __call__(self, *a, **k):
        return ("B", a, sorted(k.items()))
b = B()
print(b(1, 2, x=3))
print(B.__call__(b, 4))

class C:
    __call__ = B()
print(C()(5))

class D:
    __call__ = staticmethod(lambda *a: ("static", a))
print(D()(6))
print("after")
