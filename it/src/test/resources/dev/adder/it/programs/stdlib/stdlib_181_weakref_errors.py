# objects that cannot be weakly referenced, and argument errors
import weakref

class Plain:
    pass

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

class IntSub(int):
    pass

class StrSub(str):
    pass

for obj in (1, "s", (), [], {}, None, 1.5, b"x", True, Exception(), object(), NoWeak(), IntSub(3), 2j,
            range(3), slice(1), Ellipsis, NotImplemented, property(), bytearray()):
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)
print(weakref.ref(WithWeak())() is None or True, weakref.ref(StrSub("a")) is not None)
r = weakref.ref(Plain)
for call in (lambda: weakref.ref(), lambda: weakref.ref(Plain, None, 1), lambda: weakref.ref(Plain, callback=None),
             lambda: r(1), lambda: r(x=1), lambda: r < r, lambda: weakref.ref(r),
             lambda: weakref.proxy(), lambda: weakref.proxy(1), lambda: weakref.getweakrefcount(),
             lambda: weakref.getweakrefs(1, 2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ReferenceType.x = 1
except TypeError as e:
    print(e)
try:
    weakref.ProxyType()
except TypeError as e:
    print(e)
