# default, keyword-only and positional-only parameters
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, c=6, d=7), f(a=0, c=0))
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
def h(x, /, y=10, *args, z, **kw):
    return x, y, args, z, sorted(kw.items())
print(h(1, z=2), h(1, 2, 3, 4, z=5, w=6, x=7))
def defaults_eval(n=[]):
    n.append(len(n))
    return n
print(defaults_eval(), defaults_eval())
print(f.__defaults__, f.__kwdefaults__, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount)
def kwonly(*, key=None):
    return key
print(kwonly(), kwonly(key=3))
