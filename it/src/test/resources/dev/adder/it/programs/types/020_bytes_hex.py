# bytes.hex and fromhex
print(b'\x00\x01\xfe\xff'.hex(), b''.hex(), b'abc'.hex(':'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2))
print(b'abcde'.hex(b'-', 2), b'abcde'.hex('_', -4), bytearray(b'xyz').hex(' '), memoryview(b'hi').hex())
print(bytes.fromhex('0a0B ff'), bytes.fromhex(' 0a 0b  '), bytearray.fromhex('de ad be ef'), bytes.fromhex(''))
print(b''.fromhex('41'), type(bytearray.fromhex('41')).__name__)
for s in ['zz', 'a b', '0', '0g', 'é1']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print('ValueError', e)
for args in [(':', 0), ('ab',), (1,)]:
    try:
        print(b'abc'.hex(*args))
    except Exception as e:
        print(type(e).__name__, e)
