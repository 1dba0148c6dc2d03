# classmethod and staticmethod: binding, __func__, __wrapped__, calls through the class.
class A:
    count = 0

    @classmethod
    def make(cls, n):
        return cls.__name__, n

    @staticmethod
    def add(a, b):
        return a + b

    def normal(self):
        return "normal"


class B(A):
    pass


print(A.make(1), B.make(2), B().make(3))
print(A.add(1, 2), A().add(3, 4), B.add("x", "y"))
sm = A.__dict__["add"]
cm = A.__dict__["make"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is sm.__wrapped__)
print(sm.__name__, sm.__doc__, cm.__func__.__name__)
print(sm(5, 6), callable(sm))
bound = B.make
print(bound() if False else bound(0))
print(cm.__get__(None, A)(9), sm.__get__(None, A)(1, 1))
print(A.normal(A()), A().normal())


def f(x):
    return x * 2


s = staticmethod(f)
c = classmethod(f)
print(s.__func__ is f, c.__func__ is f, s.__isabstractmethod__)


class C:
    g = staticmethod(len)
    h = classmethod(isinstance)


print(C.g("abc"), C().g([1]), C.h(type), C().h(int))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(1, 2)
except TypeError as e:
    print("TypeError:", e)


class D:
    @classmethod
    @property
    def cp(cls):
        return "class property of " + cls.__name__


print(D.cp)
