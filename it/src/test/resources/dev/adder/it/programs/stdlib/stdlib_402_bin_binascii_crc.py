# binascii: crc32 and crc_hqx, with starting values and chaining
import binascii

for d in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(d[:12], binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))
whole = bytes(range(100)) * 3
crc = 0
h = 0
for i in range(0, len(whole), 37):
    crc = binascii.crc32(whole[i:i + 37], crc)
    h = binascii.crc_hqx(whole[i:i + 37], h)
print(crc == binascii.crc32(whole), h == binascii.crc_hqx(whole, 0))
print(binascii.crc32(b'x', -1), binascii.crc32(b'x', 2 ** 40 + 5), binascii.crc_hqx(b'x', -1), binascii.crc_hqx(b'x', 2 ** 20))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'abc')))
for args in [(b'x', 1.0), ('x',), (b'x', None), (b'x', 1, 2)]:
    try:
        print(binascii.crc32(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(b'x',), (b'x', 'a')]:
    try:
        print(binascii.crc_hqx(*args))
    except TypeError as e:
        print(type(e).__name__, e)
