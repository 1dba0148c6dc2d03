# struct: range errors and their exact messages
import struct

class Idx:
    def __index__(self):
        return 300

cases = [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 1 << 15), ('<h', -40000), ('>h', 40000),
         ('H', -1), ('<H', 70000), ('>H', 70000), ('!H', -1), ('i', 1 << 31), ('>i', -(1 << 31) - 1),
         ('I', -1), ('<I', 1 << 32), ('l', 1 << 63), ('<l', 1 << 31), ('>L', 1 << 32), ('q', 1 << 63),
         ('<q', -(1 << 63) - 1), ('>q', 1 << 63), ('Q', -1), ('<Q', 1 << 64), ('>Q', 1 << 64), ('>Q', -1),
         ('n', 1 << 63), ('N', -1), ('P', -1), ('P', 1 << 64), ('i', 1.5), ('i', '3'), ('i', None),
         ('B', Idx()), ('f', 'x'), ('d', None), ('e', 1 << 2000), ('d', 10 ** 400), ('?', 1)]
for fmt, v in cases:
    try:
        r = struct.pack(fmt, v)
        print(fmt, 'ok', r.hex())
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
print(struct.pack('i', Idx()), struct.pack('Q', True))
