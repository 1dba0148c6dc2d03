def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

g = globals()
print(g is globals(), '__name__' in g, g['__name__'])
g['injected'] = 42
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(locals() is globals())
class K:
    x = 1
    names = sorted([k for k in locals() if not k.startswith('__')])
print(K.names)
t(lambda: globals(1))
t(lambda: locals(1))
t(lambda: globals(x=1))
