# bytes() and bytearray() constructors and their errors
print(bytes(), bytes(0), bytes(4), bytes([1, 2, 255]), bytes(tuple(range(3))))
print(bytes('é', 'latin-1'), bytes('é', 'utf-8', 'strict'), bytes(memoryview(b'mv')))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()), bytearray(b'abc'), bytearray(3), bytearray([1, 2]), bytearray('x', 'ascii'))
class I:
    def __index__(self):
        return 2
print(bytes(I()), bytes([I(), I()]))
tests = [lambda: bytes(1.5), lambda: bytearray(1.5), lambda: bytes('a'), lambda: bytes(1, 'utf-8'),
         lambda: bytes(-1), lambda: bytearray(-1), lambda: bytes([256]), lambda: bytes(['a']),
         lambda: bytes([-1]), lambda: bytearray([300]), lambda: bytes('é', 'ascii'), lambda: bytes('a', 'nope'),
         lambda: bytes(None), lambda: bytes(object())]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
