# type.__or__/__ror__, __class_getitem__ on builtin types, mappingproxy |, |= and reversed
import types, collections

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tr(lambda: type.__or__(int, str))
tr(lambda: type.__ror__(int, str))
tr(lambda: type.__or__(int, 1))
tr(lambda: type.__or__(int, None))
tr(lambda: '__or__' in type.__dict__ and '__ror__' in type.__dict__)
async def ag():
    yield
def g():
    yield
for t in (enumerate, BaseExceptionGroup, ExceptionGroup, type(ag()), types.MappingProxyType,
          collections.defaultdict, list, dict, type(g()), int, range):
    print(t.__name__, '__class_getitem__' in t.__dict__, end=' ')
    try:
        print(t[int])
    except TypeError as e:
        print('TypeError', e)
mp = types.MappingProxyType({'a': 1, 'b': 2})
tr(lambda: list(reversed(mp)))
tr(lambda: mp | {'c': 3})
tr(lambda: {'c': 3} | mp)
tr(lambda: mp.__or__({'c': 3}))
tr(lambda: mp.__ror__({'c': 3}))
tr(lambda: mp | 1)
def ior():
    m = mp
    m |= {'x': 1}
    return m
tr(ior)
tr(lambda: mp.__ior__({}))
tr(lambda: mp)
