# dict views and dict iterators: types, live views, set operations, comparisons, reversed, pickling, and the errors of a dict changed while iterated
import pickle, copy
d = {'a': 1, 'b': 2, 'c': 3}
for v in (d.keys(), d.values(), d.items()):
    it = iter(v)
    print(type(v).__name__, type(it).__name__, it.__length_hint__(), len(v), bool(v))
    print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
    r = reversed(v)
    print(type(r).__name__, list(r))
print(type(iter(d)).__name__, type(reversed(d)).__name__, list(reversed(d)))
print(d.keys(), d.values(), d.items())
print(d.keys().mapping, type(d.keys().mapping).__name__, d.items().mapping['a'])
print(d.keys() == {'a', 'b', 'c'}, d.keys() == ['a','b','c'], d.keys() < {'a','b','c','d'}, d.keys() <= d.keys())
print(d.items() == {('a', 1), ('b', 2), ('c', 3)}, d.values() == d.values())
print(('a', 1) in d.items(), ('a', 2) in d.items(), 'a' in d.items(), ('z', 1) in d.items(), 1 in d.values())
print(d.keys().isdisjoint({'x'}), d.keys().isdisjoint('abc'), d.items().isdisjoint([('a', 1)]))
print(sorted(d.keys() & {'a', 'z'}), sorted({'a', 'z'} & d.keys()), sorted(d.keys() | {'z'}), sorted(d.keys() ^ {'a', 'z'}), sorted(d.keys() - {'a'}), sorted(['a', 'q'] - d.keys()))
for bad in (d.keys(), d.values(), d.items()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
# mutation during iteration
for kind in ('keys', 'values', 'items', None):
    dd = {1: 1, 2: 2}
    try:
        for x in (getattr(dd, kind)() if kind else dd):
            dd[x if not isinstance(x, tuple) else x[0] + 10] = 0
            dd[100] = 1
    except RuntimeError as e:
        print(kind, e)
dd = {1: 1, 2: 2, 3: 3}
try:
    for k in dd:
        del dd[k]
        dd[k + 10] = 0
except RuntimeError as e:
    print(e)
dd = {1: 1, 2: 2}
it = iter(dd)
dd[3] = 3
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
# pickling
d = {'a': 1, 'b': 2, 'c': 3}
for mk in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: reversed(d), lambda: reversed(d.items())):
    it = mk()
    next(it)
    print(it.__reduce__()[0].__name__, it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))), list(copy.copy(mk())))
# views hold the dict live
d = {}
k = d.keys(); v = d.values(); i = d.items()
d['x'] = 5
print(k, v, i, len(k))
print(repr({}.keys()), repr({}.items()))
r = {}; r['self'] = r.items()
print(r)
class D(dict): pass
dd = D(a=1)
print(dd.keys(), type(dd.keys()).__name__, dd.items())
print(dict.keys(dd), dict.values(dd))
x = {1: 'a'}.values()
print(x == x, x != {1: 'a'}.values())
print({'a':1}.keys() != {'b'}, {1:2}.items() > set())
print(type({}.keys()).__name__, {}.keys().__class__.__module__ if hasattr({}.keys().__class__, '__module__') else None)
try:
    type(d.keys())()
except TypeError as e:
    print(e)
try:
    iter(d.keys()).__setstate__
except AttributeError as e:
    print('AE', e)
import collections.abc as cabc
print(isinstance(d.keys(), cabc.KeysView), isinstance(d.items(), cabc.Set), isinstance(d.values(), cabc.ValuesView), isinstance(iter(d), cabc.Iterator))
