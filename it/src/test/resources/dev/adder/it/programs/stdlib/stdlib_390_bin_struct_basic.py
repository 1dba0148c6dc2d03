# struct: pack/unpack round trips for every integer format and byte order
import struct

for prefix in ['', '@', '=', '<', '>', '!']:
    for c in 'bBhHiIlLqQ':
        fmt = prefix + c
        size = struct.calcsize(fmt)
        lo = -(1 << (8 * size - 1)) if c.islower() else 0
        hi = (1 << (8 * size - 1)) - 1 if c.islower() else (1 << (8 * size)) - 1
        for v in (lo, hi, 0, 1, hi // 3):
            b = struct.pack(fmt, v)
            (back,) = struct.unpack(fmt, b)
            assert back == v, (fmt, v, back)
        print(fmt, size, struct.pack(fmt, hi).hex(), struct.pack(fmt, lo).hex())

print(struct.pack('<hHiI', -2, 65535, -3, 7))
print(struct.unpack('>hHiI', b'\xff\xfe\xff\xff\xff\xff\xff\xfd\x00\x00\x00\x07'))
print(struct.pack('nN', -5, 5), struct.unpack('nN', struct.pack('nN', -5, 5)))
print(struct.pack('P', 0xdeadbeef), struct.unpack('P', b'\xff' * 8))
print(struct.pack('3b', 1, -2, 3), struct.unpack('3B', b'\x01\xfe\x03'))
print(struct.pack('?', 5), struct.pack('?', []), struct.unpack('??', b'\x00\x02'))
