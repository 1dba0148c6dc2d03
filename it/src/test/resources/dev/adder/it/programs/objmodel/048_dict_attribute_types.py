# __dict__: the types whose instances have one define it; object, int, str, ... have none (dir(5))
import functools, types, sys, collections
def f(): pass
f.a = 1
class C: pass
class E(Exception): pass
class L(list): pass
class S:
    __slots__ = ('a',)
objs = [f, sys, ValueError('x'), E('y'), functools.partial(f),
        types.SimpleNamespace(a=1), C(), L()]
for o in objs:
    try:
        print(type(o).__name__, sorted(o.__dict__)[:3] if isinstance(o, (staticmethod, classmethod)) else sorted(o.__dict__)[:3] if not isinstance(o, types.ModuleType) else '__name__' in o.__dict__)
    except AttributeError as e:
        print(type(o).__name__, 'AttributeError', e)
for o in [5, 'x', len, [], {}, None, S(), object(), int, collections.OrderedDict()]:
    print(type(o).__name__, '__dict__' in dir(o), hasattr(o, '__dict__'))
print('__dict__' in object.__dict__, [k for k in ('__dict__',) if k in type.__dict__])
e = ValueError(); e.note = 1; print(e.__dict__, vars(e))
for t in (C, E, L, S):
    print(t.__name__, '__dict__' in t.__dict__, '__weakref__' in t.__dict__)
print(vars(C()), vars(sys) is sys.__dict__)
try:
    vars(5)
except TypeError as ex:
    print(ex)
