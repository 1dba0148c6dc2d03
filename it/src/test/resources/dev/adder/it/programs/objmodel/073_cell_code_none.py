# cell construction/comparison/repr, code equality/hash/replace/co_lines, NoneType.__dict__
import types, re

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

C = types.CellType
tr(lambda: re.sub('0x[0-9a-fA-F]+', 'X', repr(C())))
tr(lambda: re.sub('0x[0-9a-fA-F]+', 'X', repr(C(1))))
tr(lambda: re.sub('0x[0-9a-fA-F]+', 'X', repr(C([]))))
tr(lambda: C(1).cell_contents)
tr(lambda: C(1, 2))
tr(lambda: C(x=1))
tr(lambda: (C(1) == C(1), C(1) < C(2), C() < C(1), C() == C(), C(1) < C(), C() <= C(), C(1) != C(2), C(1) == 1))
tr(lambda: sorted([C(3), C(), C(1)], key=lambda c: c)[1].cell_contents)
tr(lambda: C(1) < C('a'))
tr(lambda: C(1) < 3)
tr(lambda: hash(C(1)))
tr(lambda: C.__hash__)
c = C()
c.cell_contents = 5
tr(lambda: c.cell_contents)
del c.cell_contents
tr(lambda: c.cell_contents)

def make():
    def f(x):
        return x + 1
    return f
def make2():
    def f(x):
        return x + 1
    return f
a, b, a2 = make().__code__, make2().__code__, make().__code__
tr(lambda: (a == a2, hash(a) == hash(a2), a == b, a != b))
src = "def g(y):\n    return y * 2\n"
ns1, ns2 = {}, {}
exec(compile(src, 'one.py', 'exec'), ns1)
exec(compile(src, 'two.py', 'exec'), ns2)
c1, c2 = ns1['g'].__code__, ns2['g'].__code__
tr(lambda: (c1 == c2, hash(c1) == hash(c2), c1.co_filename, c2.co_filename))
tr(lambda: c1 == c1.replace(co_filename='x.py'))
tr(lambda: c1 == c1.replace(co_name='h'))
tr(lambda: c1 == c1.replace(co_firstlineno=10))
tr(lambda: c1.replace(co_firstlineno=10).co_firstlineno)
tr(lambda: c1 == 1)
tr(lambda: c1 < c2)
tr(lambda: {c1: 1}[c2])
tr(lambda: c1._varname_from_oparg(0))
tr(lambda: c1._varname_from_oparg(5))
tr(lambda: isinstance(c1.__sizeof__(), int))
tr(lambda: all(len(t) == 3 for t in c1.co_lines()))
tr(lambda: all(len(t) == 4 for t in c1.co_positions()))
r = c1.replace(co_name='nm', co_qualname='q.nm', co_argcount=1, co_posonlyargcount=0, co_kwonlyargcount=0,
               co_flags=c1.co_flags, co_consts=c1.co_consts, co_names=c1.co_names, co_varnames=c1.co_varnames,
               co_freevars=(), co_cellvars=(), co_filename='f.py', co_nlocals=c1.co_nlocals)
tr(lambda: (r.co_name, r.co_qualname, r.co_filename))
tr(lambda: r.co_argcount)
tr(lambda: c1.replace(co_name=1))
tr(lambda: c1.replace(bogus=1))
tr(lambda: c1.replace(1))

N = type(None)
tr(lambda: '__hash__' in N.__dict__)
tr(lambda: hash(None) == hash(None))
tr(lambda: N.__hash__)
tr(lambda: {None: 1}[None])
