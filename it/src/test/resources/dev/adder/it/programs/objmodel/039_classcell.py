# The __class__ cell: zero-argument super and __class__ in methods, __classcell__ propagation errors.
class A:
    def who(self):
        return __class__.__name__

    def sup(self):
        return super().__class__.__name__


class B(A):
    def who(self):
        return __class__.__name__ + "/" + super().who()


print(B().who(), A().sup())


class Dropping(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


try:
    class Lost(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


class Swapping(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return super().__new__(mcls, name + "2", bases, {"__module__": ns["__module__"]})


try:
    class Swapped(metaclass=Swapping):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {"__classcell__": 5})
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


print("__classcell__" in Plain.__dict__)
