# member/getset/method/classmethod/wrapper descriptors: names, owners, __get__/__set__ errors, calls
import types

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Sl:
    __slots__ = ('a',)

class D:
    pass

print(type(Sl.a), types.MemberDescriptorType is type(Sl.a), types.GetSetDescriptorType)
print(type(types.FunctionType.__dict__['__globals__']).__name__)
tr(lambda: (Sl.a.__name__, Sl.a.__objclass__, Sl.a.__qualname__, Sl.a.__doc__))
tr(lambda: (int.real.__name__, int.real.__objclass__, int.real.__qualname__))
tr(lambda: (D.__dict__['__dict__'].__name__, D.__dict__['__dict__'].__qualname__))
tr(lambda: D.__dict__['__weakref__'].__qualname__)
fk = dict.__dict__['fromkeys']
tr(lambda: (type(fk), fk.__objclass__, fk.__qualname__, fk.__name__))
tr(lambda: fk(dict, [1]))
tr(lambda: fk(dict, 'ab', 0))
tr(lambda: fk(int, [1]))
tr(lambda: fk(1, [1]))
tr(lambda: fk())
tr(lambda: fk.__get__(None, dict)([2]))
tr(lambda: fk.__get__({}, None)([2]))
tr(lambda: fk.__get__(1, None))
tr(lambda: fk.__get__(None, int))
tr(lambda: fk.__get__(None, None))
tr(lambda: fk.__get__(None, 3))
tr(lambda: dict.fromkeys == dict.fromkeys)
tr(lambda: type.__dict__['__prepare__'](type, 'x', ()))
tr(lambda: type(object.__dict__['__init_subclass__']).__name__)
tr(lambda: Sl.a.__get__(1))
tr(lambda: Sl.a.__get__(None, Sl))
tr(lambda: Sl.a.__get__(Sl()))
tr(lambda: Sl.a.__get__(None, None))
tr(lambda: Sl.a.__set__(1, 2))
tr(lambda: Sl.a.__delete__(1))
tr(lambda: Sl.a.__delete__(Sl()))
tr(lambda: Sl.a.__reduce__())
tr(lambda: int.real.__get__('x'))
tr(lambda: int.real.__get__(None, int))
tr(lambda: int.real.__get__(5))
tr(lambda: int.real.__set__(5, 1))
tr(lambda: int.real.__delete__(5))
tr(lambda: int.real.__set__('x', 1))
tr(lambda: int.__dict__['__add__'].__get__('x'))
tr(lambda: int.__add__('x', 1))
tr(lambda: str.__dict__['join'].__get__(1))
tr(lambda: str.__dict__['join'].__get__(None, str))
tr(lambda: (str.join.__objclass__, str.join.__qualname__, int.__add__.__qualname__, int.__add__.__objclass__))
tr(lambda: str.join.__reduce__())
tr(lambda: int.__add__.__reduce__())
tr(lambda: (1).__add__.__reduce__())
tr(lambda: [n for n in ('__get__', '__set__', '__delete__') if hasattr(fk, n)])
tr(lambda: [n for n in ('__get__', '__set__', '__delete__') if hasattr(Sl.a, n)])
tr(lambda: [n for n in ('__get__', '__set__', '__delete__') if hasattr(int.real, n)])
tr(lambda: (complex.real.__class__.__name__, range.start.__class__.__name__, property.fget.__class__.__name__))
tr(lambda: range(3).__class__.start.__set__(range(3), 1))
def f():
    pass
tr(lambda: setattr(f, '__globals__', {}))
tr(lambda: types.FunctionType.__globals__.__get__(1))
a = []
tr(lambda: (a.append == a.append, a.append == [].append, a.append != a.append, len == len))
tr(lambda: hash(a.append) == hash(a.append))
tr(lambda: all(hasattr(x, '__text_signature__') for x in (len, [].append, str.join, fk, int.__add__, (1).__add__, int)))
