# memoryview with every native single-character format: cast, items, slices, assignment, comparisons
import struct

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

FORMATS = 'bBchHiIlLqQnNfd?P'
raw = bytes(range(1, 33)) + b'\xff\xfe\x80\x7f\x00\x01\x00\x80'
base = memoryview(raw)
for fmt in FORMATS:
    m = base.cast(fmt)
    print(fmt, m.format, m.itemsize, len(m), m.nbytes, m.shape, m.strides, m.ndim, m.readonly,
          m.contiguous, m.c_contiguous)
    print(' ', m.tolist()[:5], m[0], m[-1], m[len(m) // 2])
    s = m[::3]
    print(' ', s.tolist(), s.strides, s.nbytes, s.tobytes().hex(), s.c_contiguous)
    r = m[::-2]
    print(' ', r.tolist()[:3], r.strides, r.hex()[:20], bytes(r)[:6])
    print(' ', m.tobytes() == raw, m.cast('B').tobytes() == raw, m.cast('b').format, m.cast('c')[3])
    print(' ', list(m[1:3]), [x for x in m][-2:], m[2:5].tolist() == m.tolist()[2:5])
    attempt('  idx', lambda: m[len(m)])
    attempt('  neg', lambda: m[-len(m) - 1])
    attempt('  key', lambda: m['a'])

# floats
fb = struct.pack('4d', 1.5, -0.0, float('inf'), float('nan'))
d = memoryview(fb).cast('d')
print(d.tolist()[:3], d[3] != d[3], d == d, d[:3] == d[:3])
f = memoryview(struct.pack('3f', 0.1, 2.5, -1e30)).cast('@f')
print(f.tolist(), f.format, f.hex(' ', 4))

# casts: errors and formats
attempt('two non-byte', lambda: base.cast('i').cast('h'))
attempt('multiple', lambda: memoryview(b'abc').cast('i'))
attempt('bad fmt <i', lambda: base.cast('<i'))
attempt('bad fmt e', lambda: base.cast('e'))
attempt('bad fmt x', lambda: base.cast('x'))
attempt('bad fmt ii', lambda: base.cast('ii'))
attempt('bad fmt empty', lambda: base.cast(''))
attempt('bad fmt type', lambda: base.cast(4))
attempt('strided', lambda: base[::2].cast('h'))
attempt('at-i', lambda: base.cast('@i').format)
attempt('at-B', lambda: base.cast('@q').cast('@B').format)
attempt('back', lambda: base.cast('Q').cast('c').tobytes() == raw)
attempt('shape', lambda: base.cast('i', [10]).tolist()[:2])
attempt('shape kw', lambda: base.cast('i', shape=(10,)).shape)
attempt('shape bad', lambda: base.cast('i', [3]))
attempt('shape zero', lambda: base.cast('i', [0]))
attempt('shape type', lambda: base.cast('i', 10))
attempt('shape empty', lambda: memoryview(b'').cast('i', [1]))
attempt('one item', lambda: base[3:4].cast('B').tolist())
attempt('empty cast', lambda: memoryview(b'').cast('d').tolist())

# assignment
buf = bytearray(40)
w = memoryview(buf)
for fmt, good, bad_value, bad_type in [
        ('b', -128, 128, 1.0), ('B', 255, -1, 'x'), ('h', -32768, 32768, None),
        ('H', 65535, 65536, b'a'), ('i', -2**31, 2**31, 2.0), ('I', 2**32 - 1, -1, []),
        ('l', -2**63, 2**63, 1j), ('L', 2**64 - 1, 2**64, '1'), ('q', 2**63 - 1, -2**63 - 1, None),
        ('Q', 2**64 - 1, -1, 0.5), ('n', -5, 2**63, None), ('N', 7, -7, None),
        ('P', -1, 2**64, 1.0), ('c', b'z', b'zz', 5), ('f', 1e300, 10**400, 'x'),
        ('d', 2, 10**400, None), ('?', 'yes', None, None)]:
    v = w.cast(fmt)
    v[0] = good
    v[-1] = b'y' if fmt == 'c' else True
    print(fmt, v[0], v[-1], buf[:8].hex(), buf[-8:].hex())
    attempt('  value', lambda: v.__setitem__(1, bad_value))
    attempt('  type', lambda: v.__setitem__(1, bad_type))
    attempt('  index', lambda: v.__setitem__(len(v), good))
    attempt('  delete', lambda: v.__delitem__(0))
    buf[:] = bytes(40)
i = w.cast('i')
i[1:3] = memoryview(struct.pack('2i', 7, -8)).cast('i')
print(i[:4].tolist())
i[::3] = memoryview(bytes(range(16))).cast('@i')
print(i.tolist())
attempt('slice bytes', lambda: i.__setitem__(slice(0, 1), b'abcd'))
attempt('slice fmt', lambda: i.__setitem__(slice(0, 1), memoryview(b'abcd').cast('I')))
attempt('slice len', lambda: i.__setitem__(slice(0, 2), memoryview(b'abcd').cast('i')))
attempt('slice type', lambda: i.__setitem__(slice(0, 2), [1, 2]))
attempt('b slice bytes', lambda: w.cast('b').__setitem__(slice(0, 1), b'a'))
attempt('readonly', lambda: base.cast('i').__setitem__(0, 1))
attempt('toreadonly', lambda: i.toreadonly().__setitem__(0, 1))
print(i.toreadonly().readonly, i.toreadonly().tolist() == i.tolist(), i.readonly)

# comparisons
a = memoryview(bytes([1, 2, 3, 4]))
print(a == a.cast('b'), a.cast('c') == b'\x01\x02\x03\x04', a.cast('b') == b'\x01\x02\x03\x04')
print(a.cast('h') == a.cast('H'), a.cast('h') == a.cast('i'), a.cast('h') == bytes(4), a.cast('i') != a)
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'\x01').cast('?') == b'\x01')
print(a.cast('f') == a.cast('f'), a.cast('f') == a.cast('i'), a == 5, bytearray(a) == a.cast('c'))
print(memoryview(struct.pack('2h', 1, 2)).cast('h') == memoryview(struct.pack('2i', 1, 2)).cast('i')[::1].cast('B')[::4])
attempt('hash i', lambda: hash(a.cast('i')))
attempt('hash c', lambda: hash(a.cast('c')) == hash(bytes(a)))
attempt('hash w', lambda: hash(i))

# struct and bytes interplay
q = w.cast('q')
struct.pack_into('qq', q, 8, 5, -6)
print(q[1:3].tolist(), struct.unpack_from('<2q', q, 8), bytes(q[1:2]), bytearray(q[2:3]))
print(struct.unpack('2i', i[:2]), b''.join([i[:1], q[:1].cast('B')[:2]]))
attempt('unpack strided', lambda: struct.unpack_from('i', i[::-1]))
print(bytes(i[::-1])[:8], i[::-1].tobytes('F')[:8])
attempt('tobytes order', lambda: i.tobytes('X'))
print(memoryview(q).format, memoryview(q).tolist() == q.tolist(), memoryview(q[::2]).strides)
with memoryview(bytearray(8)).cast('d') as cm:
    cm[0] = 0.25
    print(cm.tolist(), repr(cm)[:11])
attempt('released', lambda: cm.tolist())
