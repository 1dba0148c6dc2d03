import sys

def f(a, b=2, *args, **kw):
    x = a + b
    loc = sys._getframe().f_locals
    print(sorted(loc))
    print(loc['a'], loc['b'], loc['args'], loc['kw'], loc['x'])
    y = 10
    loc2 = sys._getframe().f_locals
    print(loc2 is loc, loc2['y'])
    del x
    print('x' in sys._getframe().f_locals)
    return locals()

r = f(1, 5, 6, 7, k=8)
print(sorted(r.items(), key=str))

def closure():
    v = 'cell'
    w = 1
    def g():
        return v
    print(sorted(locals()))
    print(locals()['v'])
    return g

g = closure()
print(g())

def uses_free():
    q = 3
    def h():
        print(sorted(locals()))
        return q
    return h

uses_free()()
