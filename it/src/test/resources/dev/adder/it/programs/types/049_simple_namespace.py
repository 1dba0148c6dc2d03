# types.SimpleNamespace: keyword construction, repr, equality, subclassing, copying, errors
import types, sys, copy, pickle
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(b=2, a=1), ns != types.SimpleNamespace(a=1))
ns.c = [ns]
print(ns)
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=1)
print(s, s == types.SimpleNamespace(x=1), isinstance(s, types.SimpleNamespace), type(sys.implementation).__name__)
print(copy.copy(ns).a, copy.deepcopy(types.SimpleNamespace(z=[1])))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
del ns.b
print(ns.__reduce__()[0].__name__, sorted(ns.__dict__))
