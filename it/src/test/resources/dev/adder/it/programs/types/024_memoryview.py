# memoryview over bytes and bytearray
m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.tolist(), len(m), bytes(m[2:]))
print(m.format, m.itemsize, m.nbytes, m.readonly, m.shape, m.ndim, m.strides, m.obj)
print(m == b'abcdef', m[1:3] == b'bc', m.hex(), m[::-1].tobytes(), list(m[4:]))
ba = bytearray(b'hello')
w = memoryview(ba)
w[0] = 72
w[1:3] = b'EY'
print(ba, w.readonly, w.tobytes())
c = m.cast('c')
print(c[0], c.format, c.tolist()[:2])
s = memoryview(bytearray(b'\xff\x01')).cast('b')
print(s.tolist(), s.format)
with memoryview(b'ctx') as v:
    print(v.tobytes())
def set_ro():
    m[0] = 1
def set_big():
    w[0] = 256
for f in [lambda: v.tobytes(), lambda: len(v), set_ro, lambda: m[10],
          lambda: memoryview('str'), set_big, lambda: ba.append(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
w.release()
ba.append(33)
print(ba)
