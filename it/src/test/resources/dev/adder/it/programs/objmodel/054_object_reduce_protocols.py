# object.__reduce__ and __reduce_ex__ below protocol 2 go through copyreg._reduce_ex (as CPython's
# _common_reduce); protocol 2 and later through __newobj__.
import pickle, copy
class C:
    def __init__(self):
        self.x = 1
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print(p, pickle.loads(pickle.dumps(C(), p)).x, list(pickle.loads(pickle.dumps(It(3), p))), C().__reduce_ex__(p)[0].__name__)
print(C().__reduce__()[0].__name__, C().__reduce__()[1][1:])
print(copy.copy(C()).x, copy.deepcopy([C()])[0].x)
def g(): yield 1
for p in (0, 2):
    try:
        pickle.dumps(g(), p)
    except TypeError as e:
        print(p, e)
