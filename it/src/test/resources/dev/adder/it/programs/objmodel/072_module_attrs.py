# module objects: lazy __annotations__, __dir__, __init__, __setattr__/__delattr__, __getattr__ and messages
import types, sys

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

M = types.ModuleType
m = M('mm')
tr(lambda: '__annotations__' in m.__dict__)
tr(lambda: m.__annotations__)
tr(lambda: '__annotations__' in m.__dict__)
tr(lambda: sorted(m.__dict__))
tr(lambda: dir(m))
m.__dir__ = lambda: ['z', 'y']
tr(lambda: dir(m))
tr(lambda: [n in M.__dict__ for n in ('__delattr__', '__setattr__', '__dir__', '__init__', '__annotations__')])
tr(lambda: m.nope)
m.__getattr__ = lambda n: 'got ' + n
tr(lambda: m.nope)
tr(lambda: getattr(m, 'other', 5))
tr(lambda: M.__annotations__)
m2 = M('m2')
m2.__annotations__ = {'a': int}
tr(lambda: m2.__annotations__)
del m2.__annotations__
tr(lambda: '__annotations__' in m2.__dict__)
def delann():
    del m2.__annotations__
tr(delann)
tr(lambda: m2.__annotations__)
tr(lambda: M.__dir__(m2))
tr(lambda: M.__setattr__(m2, 'q', 1) or m2.q)
tr(lambda: M.__delattr__(m2, 'q') or hasattr(m2, 'q'))
tr(lambda: M.__delattr__(m2, 'q'))
tr(lambda: M.__setattr__(m2, 1, 1))
tr(lambda: m2.__init__('newname') or m2.__name__)
tr(lambda: m2.__init__('a', 'doc') or (m2.__name__, m2.__doc__))
tr(lambda: m2.__init__(name='kw', doc='d') or (m2.__name__, m2.__doc__))
tr(lambda: m2.__init__())
tr(lambda: m2.__init__(1))
tr(lambda: m2.__init__('a', 'b', 'c'))
tr(lambda: M())
tr(lambda: M(1))
tr(lambda: M('x', bad=1))
m3 = M('m3')
del m3.__name__
tr(lambda: m3.x)
tr(lambda: sys.nope)

class Sub(M):
    def __init__(self, a, b, c):
        super().__init__('sub' + str(a + b + c))
        self.extra = 1
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2 if isinstance(v, int) else v)

s = Sub(1, 2, 3)
tr(lambda: (s.__name__, s.extra, sorted(k for k in s.__dict__ if not k.startswith('__'))))
s.n = 4
tr(lambda: s.n)
tr(lambda: Sub.__annotations__)
import importlib.util
spec = importlib.util.spec_from_loader('pm', loader=None)
pm = importlib.util.module_from_spec(spec)
spec._initializing = True
tr(lambda: pm.x)
spec._initializing = False
tr(lambda: pm.x)
