# slice pickling, rich comparison and unhashability; NotImplemented/Ellipsis reduce; bool(NotImplemented) DeprecationWarning
import pickle, copy, warnings

print(slice(1, 2).__reduce__(), slice(None, 'a', 3).__reduce_ex__(2), slice(5).__reduce_ex__(0))
for p in range(6):
    print(p, pickle.loads(pickle.dumps(slice(1, 2), p)), pickle.loads(pickle.dumps([slice(None), slice(1, None, -1)], p)))
print(copy.copy(slice(1, 2, 3)), copy.deepcopy(slice([1], 2)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2) >= slice(0, 9))
print(slice(1, 2) <= slice(1, 2), slice(2) > slice(1), slice(1, 2) == (1, 2, None), slice(1, 2).__eq__(1))
print(slice(1, 2) in [slice(1, 2)], sorted([slice(3, 1), slice(1, 5), slice(1, 2)]))
try:
    slice(1, 2) < slice('a', 2)
except TypeError as e:
    print('TypeError', e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
print(slice.__hash__)
try:
    {slice(1, 2): 1}
except TypeError as e:
    print('TypeError', e)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), NotImplemented.__reduce_ex__(2), Ellipsis.__reduce_ex__(0))
print(pickle.loads(pickle.dumps((NotImplemented, Ellipsis, None))))
for p in range(6):
    r = pickle.loads(pickle.dumps([NotImplemented, ..., None], p))
    print(p, r, r[0] is NotImplemented, r[1] is Ellipsis)
print(copy.copy(NotImplemented) is NotImplemented, copy.deepcopy(...) is ...)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented))
    print(not NotImplemented)
    if NotImplemented:
        print('truthy')
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print('DeprecationWarning', e)
print(bool(NotImplemented))
