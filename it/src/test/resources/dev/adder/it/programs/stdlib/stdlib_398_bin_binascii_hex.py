# binascii: hexlify/unhexlify with separators, and their errors
import binascii

data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(b''), binascii.hexlify(bytearray(b'\x00\xff')))
for sep, n in [('-', 1), (b':', 2), (' ', -2), ('_', 3), ('.', -3), ('|', 0), ('x', 100)]:
    print(repr(sep), n, binascii.hexlify(data, sep, n), binascii.b2a_hex(data, sep=sep, bytes_per_sep=n))
print(binascii.hexlify(b'abc', '\xe9'), binascii.hexlify(memoryview(b'xyz'), b'\x80'))
print(binascii.unhexlify(b'00ff7Fab'), binascii.a2b_hex('DEADbeef'), binascii.unhexlify(''))
print(binascii.unhexlify(bytearray(b'4142')), binascii.a2b_hex(memoryview(b'6869')))
for args in [(b'abc',), (b'zz',), ('é0',), (5,), (None,)]:
    try:
        print(binascii.unhexlify(*args))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for sep in ['ab', 5, 'ĉ', bytearray(b'-'), '']:
    try:
        print(binascii.hexlify(b'ab', sep))
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(isinstance(binascii.Error('x'), ValueError))
try:
    binascii.hexlify('text')
except TypeError as e:
    print(e)
binascii.a2b_hex('0')
