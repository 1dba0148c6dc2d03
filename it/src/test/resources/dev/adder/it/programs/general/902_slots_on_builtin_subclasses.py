# __slots__ on subclasses of exceptions, bytearray, complex, property, staticmethod, module and itertools types
import itertools, types

def probe(name, S, *args):
    o = S(*args)
    try:
        o.x
    except AttributeError:
        print(name, "unset")
    o.x = 5
    print(name, o.x)
    del o.x
    try:
        del o.x
    except AttributeError as e:
        print(name, "del again:", e)
    try:
        o.other = 1
        print(name, "other", o.other)
    except AttributeError as e:
        print(name, "other:", e)

def sub(base):
    return type('S' + base.__name__, (base,), {'__slots__': ('x',)})

probe("Exception", sub(Exception), "msg")
probe("KeyError", sub(KeyError), 1)
probe("OSError", sub(OSError), 2, "x")
probe("bytearray", sub(bytearray), b"ab")
probe("complex", sub(complex), 1, 2)
probe("property", sub(property))
probe("staticmethod", sub(staticmethod), len)
probe("classmethod", sub(classmethod), len)
probe("module", sub(types.ModuleType), "m")
probe("SimpleNamespace", sub(types.SimpleNamespace))
probe("count", sub(itertools.count))
probe("chain", sub(itertools.chain), [1])

class B(bytearray):
    __slots__ = ('x', 'y', '__dict__')
b = B(b'abc')
b.x = 10
b.z = 3
print(b.x, b.z, b, sorted(vars(b)))

class E(ValueError):
    __slots__ = ('code',)
    def __init__(self, code):
        super().__init__("bad")
        self.code = code
try:
    raise E(42)
except E as e:
    print(type(e).__name__, e, e.code, e.args)
