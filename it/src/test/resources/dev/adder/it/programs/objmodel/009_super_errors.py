# super() errors.
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


def nocls():
    return super()


try:
    nocls()
except RuntimeError as e:
    print("RuntimeError:", e)
for thunk in [lambda: super(B, 1), lambda: super(1, B()), lambda: super(int, "s")]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
try:
    super(B, B()).g
except AttributeError as e:
    print("AttributeError:", e)
print(super(B, B()).f())
print(super(B).__thisclass__.__name__)


class C:
    def m():
        return super()


try:
    C.m()
except RuntimeError as e:
    print("RuntimeError:", e)


class D:
    def m(self):
        return super().nothing


D().m()
