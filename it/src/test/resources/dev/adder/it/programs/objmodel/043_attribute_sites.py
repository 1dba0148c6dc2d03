# Attribute loads, stores and method loads at one site, across classes, after class and instance changes
# (what an inline attribute cache must notice: shadowing, new descriptors, __class__, __dict__)
class A:
    def __init__(self, x): self.x = x
    def m(self): return 'A.m'
class B(A):
    pass
def get(o): return o.x
def call(o): return o.m()
def put(o, v): o.x = v
objs = [A(1), B(2), A(3)]
for o in objs: print(get(o), call(o))
a = objs[0]
a.m = lambda: 'shadow'
print(call(a), call(objs[2]))
A.m = lambda self: 'new A.m'
print(call(objs[1]), call(objs[2]))
class D:
    def __get__(self, o, t): return 'descr'
    def __set__(self, o, v): print('set', v)
for i in range(3): put(objs[2], i)
print(get(objs[2]))
A.x = D()
print(get(objs[2])); put(objs[2], 9)
del A.x
print(get(objs[2]))
class S:
    __slots__ = ('x',)
s = S(); put(s, 5); print(get(s))
class G:
    def __getattr__(self, n): return 'ga:' + n
g = G(); print(get(g)); put(g, 1); print(get(g))
o = A(1); put(o, 2); del o.x
try: get(o)
except AttributeError as e: print(e)
o.x = 7; print(get(o))
b = B(1); b.__class__ = A; print(get(b), call(b))
e = A(0); e.__dict__ = {'x': 'own'}; print(get(e)); put(e, 'p'); print(e.__dict__)
for i in range(40):
    k = type('K%d' % i, (A,), {})(i)
    print(get(k), end=' ')
print()
class P:
    @property
    def x(self): return 'prop'
print(get(P()))
try: put(P(), 1)
except AttributeError as ex: print(ex)
