# range, range iterators and list/tuple/str iterators pickle (__reduce__) and restore their
# position (__setstate__, clipped), with CPython's errors for a bad state.
import pickle, copy
for r in [range(3, 10, 2), range(2**70, 2**70 + 10, 3), range(10, 0, -3), range(0)]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = iter(r)
        next(it, None)
        it2 = pickle.loads(pickle.dumps(it, proto))
        print(proto, pickle.loads(pickle.dumps(r, proto)) == r, list(it2), it.__reduce__()[1:], type(it2).__name__)
    print(r.__reduce__())
it = iter(range(10)); it.__setstate__(20); print(list(it))
it = iter(range(10)); it.__setstate__(-5); print(next(it), it.__length_hint__())
it = iter(range(2**70, 2**70+5)); it.__setstate__(3); print(list(it))
for seq in [[1, 2, 3], (4, 5, 6), 'abc', 'ä€x']:
    it = iter(seq)
    next(it)
    print(type(it).__name__, it.__reduce__()[1:], it.__length_hint__(), list(pickle.loads(pickle.dumps(it))))
    list(it)
    print(it.__reduce__()[1:], it.__length_hint__())
    it = iter(seq); it.__setstate__(2); print(list(it)); it = iter(seq); it.__setstate__(99); print(list(it))
    it = iter(seq); it.__setstate__(-3); print(list(it))
    print(list(copy.copy(iter(seq))))
try:
    iter([1]).__setstate__('x')
except TypeError as e:
    print(e)
for it in [iter([1]), iter((1,)), iter('a'), iter(range(3)), iter(range(2**70, 2**70+2))]:
    for bad in ['x', 2**70]:
        try: it.__setstate__(bad); print(type(it).__name__, 'ok', list(it))
        except Exception as e: print(type(it).__name__, type(e).__name__, e)
M = 2**63 - 1
for t in [(M - 1, M, 2), (1, M, M), (1, 2, M), (-M, -M - 1, -2), (0, 10, 1), (M - 5, M, 1),
          (-M - 1, -M - 1 + 5), (0, -M - 1, -M - 1)]:
    print(t, type(iter(range(*t))).__name__, type(reversed(range(*t))).__name__, list(range(*t))[:2])
