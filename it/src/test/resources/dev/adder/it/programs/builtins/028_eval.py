def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

x = 10
print(eval('x + 1'), eval('1 + 2 * 3'), eval('  x'), eval('\tx'), eval(b'x * 2'))
print(eval('y', {'y': 5}), eval('a + b', {'a': 1}, {'b': 2}), eval('x', None, {'x': 'local'}))
def f():
    z = 3
    return eval('z * x')
print(f())
g = {}
print(eval('1', g), sorted(g.keys()), type(g['__builtins__']).__name__)
print(eval('len("abc")', {}), eval('[i for i in range(3)]', {}))
code = compile('x * 3', '<expr>', 'eval')
print(eval(code), eval(code, {'x': 'ab'}))
class M:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
print(eval('magic', {}, M()), eval('len', {}, M()))
t(lambda: eval(1))
t(lambda: eval('1', 1))
t(lambda: eval('1', {}, 1))
t(lambda: eval('1', M()))
t(lambda: eval())
t(lambda: eval('1', {}, {}, 1))
t(lambda: eval('1', globals={}))
t(lambda: eval('undefined_name'))
t(lambda: eval('1 +'))
t(lambda: eval('x = 1'))
t(lambda: eval('nope', {}, M()))
print(eval('1', {}, 'abc'), eval('1', {}, ()), exec('1', {}, []))
t(lambda: eval('x', {}, []))
t(lambda: eval('1', []))
t(lambda: exec('1', []))
