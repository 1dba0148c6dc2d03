# set/frozenset/bytearray __reduce__ and __reduce_ex__ (with subclasses carrying a __dict__ or slots) and their round trips through pickle and copy
import pickle, copy

class S(set): pass
class FS(frozenset): pass
class BA(bytearray): pass
class SS(set):
    __slots__ = ('a',)

def show(x):
    return (type(x).__name__, repr(x), getattr(x, '__dict__', None))

s = S([1]); s.x = 5
fs = FS([2, 3]); fs.y = [1]
ba = BA(b'xy'); ba.q = 1
ss = SS([4]); ss.a = 7
print({1, 2}.__reduce__())
print(frozenset().__reduce__(), set().__reduce_ex__(2))
print(s.__reduce__(), fs.__reduce__())
print(ss.__reduce__())
for p in range(6):
    print(p, bytearray(b'ab').__reduce_ex__(p), bytearray().__reduce_ex__(p), ba.__reduce_ex__(p))
print(bytearray(b'\x00\xff').__reduce__(), bytearray(b'q').__reduce_ex__())
try:
    bytearray().__reduce_ex__('a')
except TypeError as e:
    print('TypeError', e)
for o in ({1, 2}, frozenset({3}), set(), s, fs, ss, bytearray(b'\x00\xff'), bytearray(), ba):
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(o, p))
        print(p, show(y), y == o, getattr(y, 'a', '-'))
    print('copy', show(copy.copy(o)), show(copy.deepcopy(o)))
# iterators of sets and bytes
print(iter({7}).__reduce__(), iter(bytearray(b'ab')).__reduce__(), iter(b'ab').__reduce__())
it = iter(b'abc'); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter({7}); next(it); print(it.__reduce__())
it = iter(b'abc'); it.__setstate__(10); print(it.__reduce__()); it.__setstate__(-3); print(it.__reduce__())
try:
    it.__setstate__('x')
except TypeError as e:
    print('TypeError', e)
for p in range(6):
    i2 = iter(bytearray(b'xyz')); next(i2)
    print(p, list(pickle.loads(pickle.dumps(i2, p))), sorted(pickle.loads(pickle.dumps(iter({1, 2, 3}), p))))
