def f():
    raise RuntimeError('inner')

try:
    f()
except RuntimeError as e:
    saved = e.__traceback__

e2 = ValueError('other')
r = e2.with_traceback(saved)
print(r is e2, e2.__traceback__ is saved)
print(e2.with_traceback(None).__traceback__)
for bad in [5, 'x']:
    try:
        e2.with_traceback(bad)
    except TypeError as t:
        print('TypeError', t)
try:
    e2.__traceback__ = 3
except TypeError as t:
    print('TypeError', t)
try:
    del e2.__traceback__
except TypeError as t:
    print('TypeError', t)
try:
    e2.with_traceback()
except TypeError as t:
    print('TypeError', t)

def g():
    try:
        f()
    except RuntimeError as e:
        raise KeyError('k').with_traceback(e.__traceback__)

try:
    g()
except KeyError as k:
    tb = k.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('entries', n)
g()
