def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

g = {}
print(exec('a = 1\nb = a + 1', g), g['a'], g['b'], '__builtins__' in g)
l = {}
exec('c = 3\ndef fn(): return 4', g, l)
print(sorted(l), l['c'], l['fn'](), 'c' in g)
exec('q = 99')
print(q)
exec(compile('r = 7', '<s>', 'exec'), g)
print(g['r'])
exec(b'bb = 8', g)
print(g['bb'])
class Ns(dict):
    pass
ns = Ns()
exec('k = 1', {}, ns)
print(dict(ns))
t(lambda: exec(1))
t(lambda: exec('1', 1))
t(lambda: exec('1', {}, 1))
t(lambda: exec())
t(lambda: exec('1', {}, {}, {}))
t(lambda: exec('1', globals={}))
t(lambda: exec('1', zz=1))
t(lambda: exec('raise ValueError("inside")', {}))
t(lambda: exec('x ='))
t(lambda: exec('1', {}, None, closure=None))
exec('print("printed", __name__)', {'__name__': 'custom'})
exec('import sys; print(sys is not None)', {})
