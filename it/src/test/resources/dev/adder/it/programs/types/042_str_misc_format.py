# str % with str subclasses, objects with __str__/__repr__, and ascii()
class S:
    def __str__(self):
        return 'str-S'
    def __repr__(self):
        return 'repr-Sé'
print('%s %r %a' % (S(), S(), S()), '{} {!r} {!a}'.format(S(), S(), S()), f'{S()} {S()!r} {S()!a}')
print(ascii('é€😀\x00'), ascii(['é', b'\xff']), repr('é€😀\x00'))
class MyStr(str):
    pass
m = MyStr('hi')
print('%s' % m, '{}'.format(m), format(m, '>4'), m.upper(), type(m.upper()).__name__)
print('%s and %s' % ('a', 'b'), 'x%sy' % '', '%s' % 'only')
print('-'.join(['a', 'b']), ''.join([]), str.join(',', 'xyz'))
try:
    '%s %s' % 'ab'
except TypeError as e:
    print(e)
print('%-4d|%4s|' % (7, 'é'))
