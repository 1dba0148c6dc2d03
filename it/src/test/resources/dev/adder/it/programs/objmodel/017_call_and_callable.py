# __call__ on instances, classes as callables, callable().
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), callable(Adder), callable(3))
print(list(map(add3, [1, 2, 3])), sorted([3, 1, 2], key=Adder(0)))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args)
        inst.tagged = True
        return inst


class T(metaclass=Meta):
    def __init__(self, a):
        self.a = a


t = T(5)
print(t.a, t.tagged)


class Static:
    __call__ = staticmethod(lambda *a: ("static", a))


print(Static()(1, 2))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    add3()
except TypeError as e:
    print("TypeError:", e)
print(type(add3).__call__(add3, 10), Adder.__call__(add3, 1, scale=2))
