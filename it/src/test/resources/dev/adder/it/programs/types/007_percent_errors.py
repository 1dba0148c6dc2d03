# errors of printf-style formatting
cases = [('%d', 'a'), ('%x', 3.5), ('%f', 'a'), ('%c', 'ab'), ('%c', 1.5), ('%c', 0x110000),
         ('%(a)s', 1), ('%(a', {}), ('%', ()), ('%5', 1), ('%q', 1), ('%s %s', (1,)), ('%s', (1, 2)),
         ('%*d', ('a', 1)), ('%5%', (1,)), ('%s', ()), ('%f', 10**400), ('a%', ()), ('%(a)s %s', {'a': 1})]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
print('%d' % 10**20, '%x' % 2**70)
'%d items' % 'three'
