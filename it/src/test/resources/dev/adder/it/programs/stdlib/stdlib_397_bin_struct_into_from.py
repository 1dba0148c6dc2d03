# struct.pack_into / unpack_from with offsets, negative offsets and memoryviews
import struct

buf = bytearray(12)
struct.pack_into('<hh', buf, 0, 1, -1)
struct.pack_into('<i', buf, -4, 0x01020304)
struct.pack_into('<b', buf, 5, 9)
print(buf)
print(struct.unpack_from('<hh', buf), struct.unpack_from('<i', buf, -4), struct.unpack_from('<b', buf, offset=5))
mv = memoryview(buf)
struct.pack_into('>H', mv, 6, 0xabcd)
print(buf.hex(), struct.unpack_from('>H', mv, 6), struct.unpack_from('<2b', memoryview(b'\x01\xff')))
print(struct.unpack_from('<H', mv[2:6], 1))
tests = [lambda: struct.pack_into('<i', buf, 10, 1), lambda: struct.pack_into('<i', buf, -2, 1),
         lambda: struct.pack_into('<i', buf, -13, 1), lambda: struct.pack_into('<i', b'abcd', 0, 1),
         lambda: struct.pack_into('<i', buf, 0), lambda: struct.pack_into('<i', buf),
         lambda: struct.pack_into('<i', buf, 'x', 1), lambda: struct.pack_into('<i', buf, 2 ** 70, 1),
         lambda: struct.pack_into('<i', memoryview(b'abcd'), 0, 1),
         lambda: struct.unpack_from('<i', b'abc'), lambda: struct.unpack_from('<i', b'abcdef', 3),
         lambda: struct.unpack_from('<i', b'abcdef', -1), lambda: struct.unpack_from('<i', b'abcdef', -7),
         lambda: struct.unpack_from('<i', b'abcdef', offset=1.0), lambda: struct.unpack_from('<i')]
for t in tests:
    try:
        print(t())
    except (struct.error, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
# an error in the middle leaves the values packed before it
buf2 = bytearray(b'\xaa' * 8)
try:
    struct.pack_into('<hhhh', buf2, 0, 1, 2, 'x', 4)
except struct.error as e:
    print(e, buf2)
