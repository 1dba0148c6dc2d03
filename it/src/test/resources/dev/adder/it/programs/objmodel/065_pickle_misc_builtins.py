# pickle.dumps / __reduce_ex__(2) of assorted builtin objects: what pickles and the messages of what does not
import pickle, types, sys

def gen():
    yield 1
def f():
    pass

objs = [
    ('None', None), ('object', object()), ('memoryview', memoryview(b'ab')), ('gen', gen()),
    ('staticmethod', staticmethod(f)), ('classmethod', classmethod(f)), ('property', property()),
    ('SimpleNamespace', types.SimpleNamespace(a=1)), ('range', range(1, 5, 2)), ('function', f),
    ('class', int), ('frame', sys._getframe()),
]
for name, o in objs:
    try:
        r = o.__reduce_ex__(2)
        print(name, 'rex2', r[0].__name__ if callable(r[0]) else r[0], r[1:])
    except Exception as ex:
        print(name, 'rex2', type(ex).__name__, ex)
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
            print(name, p, 'ok', type(pickle.loads(d)).__name__)
        except Exception as ex:
            print(name, p, type(ex).__name__, ex)
class P(staticmethod):
    pass
try:
    pickle.dumps(P(f), 2)
except TypeError as ex:
    print('TypeError', ex)
import io, copy
b = io.BytesIO(b'abc'); b.seek(1)
print(b.__getstate__())
b.x = 1
print(b.__getstate__())
for p in range(6):
    try:
        y = pickle.loads(pickle.dumps(b, p))
        print(p, y.read(), y.getvalue(), y.x)
    except TypeError as ex:
        print(p, 'TypeError', ex)
print(copy.copy(b).read(), copy.deepcopy(b).tell())
c = io.BytesIO()
for bad in ((b'x',), [b'x', 0, None], (b'x', -1, None), (b'x', 0, 5), (b'x', 'a', None)):
    try:
        c.__setstate__(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
