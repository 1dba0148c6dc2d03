# Making instances: plain classes, subclasses, __init__ returning a value or a generator,
# a metaclass __call__, abstract classes, recursion through a constructor, argument errors.
class A:
    def __init__(self, x): self.x = x
class B(A): pass
class G:
    def __init__(self): yield 1
class R:
    def __init__(self): return 5
class M(type):
    def __call__(cls, *a): return ("meta", a)
class C(metaclass=M):
    def __init__(self, *a): pass
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    def __init__(self): pass
class Rec:
    def __init__(self): Rec()
print(A(1).x, B(2).x, C(1, 2))
for k in (G, R, Ab, Rec):
    try: k()
    except (TypeError, RecursionError) as e: print(type(e).__name__, e)
try: A()
except TypeError as e: print(e)
try: A(1, 2)
except TypeError as e: print(e)
