# float(str) edge cases
for s in ['1_000.5', '1__0', ' -iNF ', 'nan', '-NaN', 'infinity', '+Infinity', '1e', '', '_1', '1_', '1e1_0',
          '0x10', '.5', '5.', '.', '1e500', '-1e-500', '  3.25\n', '١٫٥', '1.5e+3', '+.5e-2', 'in f', '1,5',
          '\u20031.5\u2003', '٣.١٤']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(float(b'2.5'), float(True), float(10**20), float(-0))
for v in [10**400, 'abc', [], None]:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
