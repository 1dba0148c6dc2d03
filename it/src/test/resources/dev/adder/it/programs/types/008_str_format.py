# str.format: fields, indexes, attributes, conversions, nested specs
class P:
    x = 3
    y = [10, 20]
print('{} {} {}'.format(1, 'a', [2]))
print('{1}{0}{1}'.format('a', 'b'))
print('{name} is {age:>4}'.format(name='Bob', age=7))
print('{0.x} {0.y[1]} {d[k]} {d[2]}'.format(P, d={'k': 'v', 2: 'two'}))
print('{!r:>8}|{!s:<4}|{!a}'.format('é', 5, 'é'))
print('{:{}}|{:{}{}}|{0:{1}.{2}f}'.format(3.14159, 10, 'x', '^', 7) if False else '{:{}}|'.format(5, 4))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3))
print('{{literal}} {}'.format('x'))
print('{:,} {:_x} {:+.2e} {:%}'.format(1234567, 65535, 12345.678, 0.25))
print('{a} {b[0]}'.format_map({'a': 1, 'b': [2]}))
print('{0[-1]} {0[1.5]}'.format({'-1': 'neg', '1.5': 'flt'}))
print('{:>{w}} {:*<{w}}'.format('a', 'b', w=4))
print(format(42, ''), '{}'.format(None), '{0}{0}'.format('ab'))
