# struct: many formats through the module-level cache, bytes formats, _clearcache
import struct

total = 0
for i in range(300):
    fmt = '<%dH' % (i % 120)
    total += struct.calcsize(fmt)
    vals = list(range(i % 120))
    assert struct.unpack(fmt, struct.pack(fmt, *vals)) == tuple(vals)
print(total)
struct._clearcache()
print(struct.calcsize(b'<q'), struct.pack(b'>h', 258), struct.unpack(b'<h', b'\x02\x01'))
s1 = struct.Struct('i')
s2 = struct.Struct(b'i')
print(s1.format, s2.format, s1.size == s2.size, s1 is s2)
try:
    struct.calcsize(bytearray(b'i'))
except TypeError as e:
    print(e)
try:
    struct.pack(['i'], 1)
except TypeError as e:
    print(e)
print(struct._clearcache())
print(sorted(n for n in dir(struct) if not n.startswith('_')))
