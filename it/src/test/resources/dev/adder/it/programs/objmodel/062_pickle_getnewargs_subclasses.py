# __getnewargs__ of str/tuple/bytes/int/float/complex; subclasses with instance attributes round-trip value and attributes in every protocol
import pickle, copy

class MS(str): pass
class MT(tuple): pass
class MB(bytes): pass
class MI(int): pass
class MF(float): pass
class MC(complex): pass

print(str.__getnewargs__('ab'), tuple.__getnewargs__((1,)), bytes.__getnewargs__(b'a'))
print((1.5).__getnewargs__(), (1j).__getnewargs__(), (3).__getnewargs__(), True.__getnewargs__())
print(hasattr(bytearray, '__getnewargs__'), hasattr(list, '__getnewargs__'), hasattr(frozenset, '__getnewargs__'))
objs = []
for cls, v in ((MS, 'abc'), (MT, (1, [2])), (MB, b'\x00z'), (MI, 7), (MF, 2.5), (MC, 1 + 2j)):
    o = cls(v)
    o.attr = cls.__name__
    objs.append(o)
    g = o.__getnewargs__()
    print(cls.__name__, g, type(g[0]).__name__)
    r = o.__reduce_ex__(2)
    print(r[0].__name__, r[1], r[2])
for o in objs:
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(o, p))
        print(p, type(y).__name__, repr(y), y.__dict__, y == o)
    for f in (copy.copy, copy.deepcopy):
        y = f(o)
        print(f.__name__, type(y).__name__, repr(y), y.__dict__)
for o in ('x', (1, 2), b'q', None):
    r = o.__reduce_ex__(2)
    print(r[0].__name__, r[1:])
