def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(hash(1), hash(-1), hash(0), hash(True), hash(2**61 - 1), hash(2**61), hash(1.0), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash('abc') == hash('abc'))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [])))
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)
lst = [object() for _ in range(1000)]
print(len(set([id(x) for x in lst])))
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable('x'))
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(C()), callable(D()), callable(C), callable([].append))
t(lambda: callable())
t(lambda: hash())
t(lambda: id(1, 2))
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class U:
    __hash__ = None
t(lambda: hash(U()))
