# bytearray compares with bytes, repr, iteration, conversions
a = bytearray(b'abc')
print(a == b'abc', b'abc' == a, a < b'abd', a > bytearray(b'ab'), a != b'abc', a == 'abc')
print(repr(a), str(a), list(a), bytes(a), a[0], a[1:], type(a[1:]).__name__, a[::-1])
print(a + b'd', b'd' + a, type(b'd' + a).__name__, type(a + b'd').__name__, a * 2)
print(a.upper(), type(a.upper()).__name__, a.split(b'b'), a.partition(b'b'))
print(a.decode(), bytearray(b'\xc3\xa9').decode(), sorted(bytearray(b'cab')))
class MyBA(bytearray):
    pass
m = MyBA(b'xy')
print(repr(m), len(m), m + b'z', isinstance(m, bytearray))
class MyB(bytes):
    pass
print(repr(MyB(b'q')), MyB(b'q') == b'q', type(MyB(b'q')).__name__)
