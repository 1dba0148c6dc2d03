# struct over bytes, bytearray and memoryview slices; iter_unpack as a stream reader
import struct

raw = struct.pack('<6h', 1, -2, 3, -4, 5, -6)
for buf in [raw, bytearray(raw), memoryview(raw), memoryview(bytearray(raw))]:
    print(type(buf).__name__, struct.unpack('<6h', buf), struct.unpack_from('<2h', buf, 4))
mv = memoryview(raw)
print(struct.unpack('<2h', mv[4:8]), struct.unpack('<3h', mv[::2].tobytes()[:6]))
ba = bytearray(8)
view = memoryview(ba)[2:6]
struct.pack_into('<hh', view, 0, 0x1122, 0x3344)
print(ba.hex())
it = struct.iter_unpack('<hH', bytearray(raw[:8]))
print(next(it), list(it))
rec = struct.Struct('<BxH')
stream = b''.join(rec.pack(i, i * 1000) for i in range(5))
print(len(stream), [r for r in rec.iter_unpack(memoryview(stream))])
total = sum(v for (_, v) in rec.iter_unpack(stream))
print(total)
try:
    struct.pack_into('<h', memoryview(raw), 0, 1)
except TypeError as e:
    print(e)
try:
    struct.unpack('<h', memoryview(raw)[:3])
except struct.error as e:
    print(e)
