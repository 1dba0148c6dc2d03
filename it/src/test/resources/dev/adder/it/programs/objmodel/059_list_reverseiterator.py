# reversed(list) is a list_reverseiterator (length hint, reduce, setstate); reversed can be subclassed
import pickle, copy
l = [1, 2, 3]
r = reversed(l)
print(type(r).__name__, r.__length_hint__(), next(r), r.__reduce__()[1:], r.__reduce__()[0].__name__)
print(list(pickle.loads(pickle.dumps(r))), list(copy.copy(r)))
print(list(r), r.__reduce__(), r.__length_hint__())
r = reversed(l); r.__setstate__(10); print(list(r))
r = reversed(l); r.__setstate__(-5); print(list(r))
r = reversed(l); next(r); l.clear(); print(list(r))
class L(list):
    def __getitem__(self, i): return 'x'
    def __len__(self): return 100
print(list(reversed(L([1, 2]))), type(reversed(L([1]))).__name__)
class R(reversed):
    def extra(self): return 'e'
rr = R('abc')
print(type(rr).__name__, list(rr), rr.extra(), type(R([1, 2])).__name__)
rr = R(range(3)); rr.attr = 1; print(rr.attr, rr.__reduce__()[0].__name__)
print(isinstance(rr, reversed), list(R((1, 2, 3))))
try: reversed([], x=1)
except TypeError as e: print(e)
try: reversed({1, 2})
except TypeError as e: print(e)
try: reversed()
except TypeError as e: print(e)
print(list(reversed({'a': 1, 'b': 2})), type(reversed({})).__name__)
print([].__reversed__().__class__.__name__)
