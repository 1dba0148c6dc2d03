# struct: floats, doubles and half floats (e), rounding and specials
import struct, math

for fmt in ['<e', '>e', '<f', '>f', '<d', '>d', 'e', 'f', 'd']:
    for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 1e-5, float('inf'), float('-inf')]:
        b = struct.pack(fmt, v)
        (r,) = struct.unpack(fmt, b)
        print(fmt, v, b.hex(), r)
    (n,) = struct.unpack(fmt, struct.pack(fmt, float('nan')))
    print(fmt, 'nan ->', math.isnan(n))

# half float rounding: ties to even, subnormals, underflow
for v in [2.0 ** -24, 2.0 ** -25, 1.5 * 2.0 ** -25, 2.0 ** -26, 65519.0, 1.0009765625, 1.00048828125, 1.00146484375]:
    print(v, struct.pack('<e', v).hex(), struct.unpack('<e', struct.pack('<e', v))[0])

for b in [b'\x00\x7c', b'\x00\xfc', b'\x01\x00', b'\xff\x7b', b'\x00\x3c', b'\x00\xc0']:
    print(b.hex(), struct.unpack('<e', b))

class F:
    def __float__(self):
        return 0.75
print(struct.pack('<d', F()), struct.pack('<f', 3), struct.pack('<e', True))
print(struct.pack('f', 1e300).hex())   # native f: the C cast gives inf
for fmt in ['<f', 'e', '>e']:
    try:
        struct.pack(fmt, 1e300)
    except OverflowError as e:
        print(fmt, type(e).__name__, e)
