# map, filter and zip can be subclassed (attributes, keywords for an own __init__, an overriding
# __next__) and pickle as the subclass.
import pickle


class M(map):
    def __init__(self, f, *its, label=None):
        self.label = label


class F(filter):
    pass


class Z(zip):
    def __next__(self):
        return sum(super().__next__())


m = M(abs, [-1, -2], label='L')
print(list(m), m.label, type(m).__name__, isinstance(m, map))
f = F(None, [0, 1, 2])
f.x = 1
print(list(f), f.x)
z = Z([1, 2], [10, 20])
print(list(z), type(pickle.loads(pickle.dumps(Z([1], [2])))).__name__)
print(list(pickle.loads(pickle.dumps(F(None, [0, 3])))), type(pickle.loads(pickle.dumps(M(abs, [1])))).__name__)
try:
    map(abs, [1], label=1)
except TypeError as e:
    print(e)
