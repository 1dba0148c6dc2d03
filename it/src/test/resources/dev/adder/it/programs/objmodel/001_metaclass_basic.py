# Metaclass selection, __prepare__, keyword arguments and __init__ of the metaclass.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted([k for k in ns if not k.startswith("__")]), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)


class A(metaclass=Meta, flag=True):
    x = 1

    def __init__(self, v):
        self.v = v


class B(A):
    y = 2


print(type(A).__name__, type(B).__name__, A.injected, B.injected)
b = B(5)
print(b.v, isinstance(b, A), isinstance(B, Meta))
print(A.__qualname__, B.__module__, A.__doc__)


class Other(type):
    pass


class C(metaclass=Other):
    pass


try:
    class D(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)


class SubMeta(Meta):
    pass


class E(metaclass=SubMeta):
    pass


class F(E, A):
    pass


print(type(F).__name__)
