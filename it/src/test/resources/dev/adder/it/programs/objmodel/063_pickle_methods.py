# __reduce__ of bound methods, builtin functions/methods, method-wrappers and method/slot/member descriptors; pickling them
import pickle, copy, sys

class C:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return 'cm'
    def __eq__(self, other):
        return type(other) is C
    __hash__ = object.__hash__

c = C()
r = c.m.__reduce__()
print(r[0], r[1][0] is c, r[1][1])
print(C.cm.__reduce__())
print([1].append.__reduce__(), 'ab'.upper.__reduce_ex__(2))
print(len.__reduce__(), len.__reduce_ex__(0), sys.getrecursionlimit.__reduce__())
print(str.maketrans.__reduce__(), dict.fromkeys.__reduce__(), object.__new__.__reduce__())
print((1).__add__.__reduce__(), list.append.__reduce__(), int.__add__.__reduce__())
print(type(C().m).__dict__['__func__'].__class__.__name__ in ('member_descriptor', 'getset_descriptor'))
for name, o in (('classmethod_descriptor', dict.__dict__['fromkeys']), ('getset', type.__dict__['__name__'])):
    try:
        o.__reduce_ex__(2)
    except TypeError as e:
        print(name, 'TypeError', e)
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(c.m, p))
    print(p, m(), pickle.loads(pickle.dumps(C.cm, p))(), pickle.loads(pickle.dumps(len, p))('abc'))
    a = pickle.loads(pickle.dumps([1].append, p))
    print(p, a.__self__, a.__name__, pickle.loads(pickle.dumps((5).__add__, p))(1))
    print(p, pickle.loads(pickle.dumps(list.append, p)), pickle.loads(pickle.dumps(int.__add__, p)))
    print(p, pickle.loads(pickle.dumps(str.maketrans, p))('a', 'b'), pickle.loads(pickle.dumps(dict.fromkeys, p))('ab'))
print(copy.copy(c.m)(), copy.deepcopy(c.m)(), copy.copy(len) is len, copy.deepcopy(list.append) is list.append)
print(copy.deepcopy((7).__add__)(1))
