def f(a, b=2, *, c=3):
    "the doc"
    return (a, b, c)

print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__closure__)
print(f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'mod')
f.__defaults__ = (20,)
f.__kwdefaults__ = {'c': 30}
print(f(1), f(1, 2, c=4))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
del f.__kwdefaults__
f.__defaults__ = (0,)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
print(f.__name__, f.__qualname__, f.__code__.co_name)
f.__module__ = 'elsewhere'
f.__doc__ = None
print(f.__module__, f.__doc__)
f.attr = 5
print(f.__dict__, f.attr)
f.__dict__ = {'other': 1}
print(f.other, hasattr(f, 'attr'))
for name, val in [('__name__', 1), ('__qualname__', None), ('__defaults__', [1]), ('__kwdefaults__', 3),
                  ('__code__', 'x'), ('__dict__', 2), ('__annotations__', 5)]:
    try:
        setattr(f, name, val)
    except TypeError as e:
        print('TypeError', e)
for name in ['__closure__', '__globals__', '__builtins__']:
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print('AttributeError', e)
try:
    del f.__dict__
except TypeError as e:
    print('TypeError', e)
