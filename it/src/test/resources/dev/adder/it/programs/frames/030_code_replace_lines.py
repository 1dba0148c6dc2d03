def sample(a, b):
    c = a * b
    if c > 10:
        return 'big'
    return 'small'

co = sample.__code__
lines = sorted({l for s, e, l in co.co_lines() if l is not None} - {co.co_firstlineno})
print([l - co.co_firstlineno for l in lines])
print(all([isinstance(t, tuple) and len(t) == 3 for t in co.co_lines()]))
print(all([len(p) == 4 for p in co.co_positions()]))
print(type(co.co_lines()).__name__ != 'list', type(co.co_exceptiontable).__name__)
co2 = co.replace(co_name='renamed', co_qualname='Q.renamed', co_filename='other.py')
print(co2.co_name, co2.co_qualname, co2.co_filename, co2.co_varnames == co.co_varnames)
print(co.co_name, co2 is co)
sample.__code__ = co2
print(sample(3, 4), sample(1, 2))
co3 = co.replace(co_firstlineno=100)
print(co3.co_firstlineno)
co4 = co.replace(co_consts=co.co_consts)
print(co4.co_consts == co.co_consts)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)
try:
    co.replace(co_name=5)
except TypeError as e:
    print('TypeError', e)
try:
    co.replace(bogus=1)
except TypeError as e:
    print('TypeError', e)
