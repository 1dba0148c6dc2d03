def simple(a, b):
    c = a + b
    return c

def complex_sig(p, /, q, r=1, *args, s, t=2, **kw):
    "doc"
    local1 = p
    return local1

def outer(x):
    y = 1
    def inner(z):
        return x + y + z
    return inner

class K:
    def method(self):
        return 'm'

codes = [simple.__code__, complex_sig.__code__, outer.__code__, outer(1).__code__, K.method.__code__]
for co in codes:
    print(co.co_name, co.co_qualname)
    print('  args', co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
    print('  varnames', co.co_varnames)
    print('  cellvars', co.co_cellvars, 'freevars', co.co_freevars)
    print('  names', co.co_names)
    print('  firstlineno', co.co_firstlineno)
    print('  flags', co.co_flags & ~0x40 & 0xff)
    print('  filename ok', co.co_filename == __file__)
    print('  types', type(co.co_code).__name__, type(co.co_lnotab).__name__, type(co.co_linetable).__name__,
          type(co.co_stacksize).__name__, co.co_stacksize > 0)
    if co.co_name != 'outer':
        print('  consts', [c for c in co.co_consts if not hasattr(c, 'co_code')])
print(type(simple.__code__).__name__)
