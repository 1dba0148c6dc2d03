# struct: s, p, c and x formats
import struct

print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'xyz'))
print(struct.pack('s', bytearray(b'q')), struct.pack('3s', bytearray(b'hello')))
print(struct.unpack('5s', b'ab\x00cd'), struct.unpack('0s', b''))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('p', b'zz'))
print(struct.unpack('5p', b'\x02abzz'), struct.unpack('4p', b'\x09abc'))
print(struct.pack('300p', b'x' * 400)[:3], len(struct.pack('300p', b'x' * 400)))
print(struct.pack('c', b'!'), struct.unpack('3c', b'xyz'), struct.pack('2c', b'a', b'b'))
print(struct.pack('x'), struct.pack('3xb2x', 7), struct.calcsize('3xb2x'))
print(struct.pack('<4s i 2x h', b'head', 17, -1))
print(struct.unpack('<4s i 2x h', b'head\x11\x00\x00\x00\x00\x00\xff\xff'))
for bad in [('s', 'text'), ('p', 1), ('c', b'ab'), ('c', 'a'), ('c', bytearray(b'a'))]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print(bad, e)
