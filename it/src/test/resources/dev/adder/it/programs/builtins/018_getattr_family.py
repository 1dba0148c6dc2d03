def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class O:
    x = 1
o = O()
print(getattr(o, 'x'), getattr(o, 'y', 'dflt'), hasattr(o, 'x'), hasattr(o, 'y'))
setattr(o, 'y', 5)
print(o.y, getattr(o, 'y'), hasattr(o, 'y'))
delattr(o, 'y')
print(hasattr(o, 'y'))
t(lambda: getattr(o, 'nope'))
t(lambda: getattr(o, 1))
t(lambda: getattr(o, 1, 2))
t(lambda: getattr(o))
t(lambda: getattr(o, 'x', 1, 2))
t(lambda: setattr(o, 1, 2))
t(lambda: setattr(o, 'a'))
t(lambda: delattr(o, 'nope'))
t(lambda: delattr(o, 2))
t(lambda: hasattr(o, 2))
t(lambda: hasattr(o))
t(lambda: getattr(o, 'x', default=1))
t(lambda: setattr(1, 'x', 2))
class G:
    def __getattr__(self, name):
        if name == 'boom':
            raise KeyError(name)
        return name.upper()
g = G()
print(getattr(g, 'abc'), hasattr(g, 'anything'), getattr(g, 'zz', 'unused'))
t(lambda: hasattr(g, 'boom'))
t(lambda: getattr(g, 'boom', 'd'))
print(getattr(1, 'real'), getattr([], 'nope', None))
