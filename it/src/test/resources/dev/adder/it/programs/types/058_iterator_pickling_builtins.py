# enumerate, zip (strict), map, filter, reversed, the sequence iterator and callable_iterator
# pickle and copy (__reduce__, __setstate__) as CPython's.
import pickle, copy
l = [1, 2, 3]
def rt(it, proto=2):
    return list(pickle.loads(pickle.dumps(it, proto)))
e = enumerate(l, 5); next(e); print(rt(e), list(e))
e = enumerate(l, 2**70); print(rt(e))
z = zip(l, 'ab'); next(z); print(rt(z))
z2 = zip(l, l, strict=True); print(z2.__reduce__()[2:], rt(z2))
z3 = zip([1, 2], [1], strict=True); z3.__setstate__(False); print(list(z3))
try:
    zip([1]).__setstate__()
except TypeError as e:
    print(e)
m = map(abs, [-1, -2]); print(rt(m)); print(rt(map(pow, [2, 3], [2, 2])))
print(rt(filter(None, [0, 1, 2])), rt(filter(bool, [0, 3])), filter(bool, [1]).__reduce__()[1][0])
r = reversed(l); next(r); print(rt(r)); list(r); print(r.__reduce__()[1], rt(r))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
rs = reversed(S()); next(rs); print(type(rs).__name__, rs.__reduce__()[2], list(copy.copy(rs)))
rs.__setstate__(99); print(list(rs))
it = iter(S()); next(it); print(type(it).__name__, it.__reduce__()[2], list(copy.copy(it)))
list(it); print(it.__reduce__()[1])
it = iter(S()); it.__setstate__(-4); print(list(it))
c = iter(iter([1, 2, 3]).__next__, 3); print(c.__reduce__()[1][1], list(c), c.__reduce__()[1])
for bad in ('x', 2**70):
    for it in (reversed(S()), iter(S())):
        try:
            it.__setstate__(bad)
            print('ok')
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
