# str.splitlines with every line boundary
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
print('x\n'.splitlines(), '\n'.splitlines(), ''.splitlines(), 'x\r\n\r\n'.splitlines(True))
print('a b\tc\nd\x1ce\u3000f'.split(), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print(' a  b '.split(' '), ' a  b '.rsplit(None, 1), 'abc'.split('b', 0))
