# struct: bad formats, wrong argument counts, wrong buffer sizes
import struct

for fmt in ['y', '3', 'i3', '<n', '>P', '=N', 'i\0', 'é', '99999999999999999999i', '9223372036854775807q',
            '4611686018427387904h', '!']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except (struct.error, UnicodeEncodeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in [5, None, [1], b'<i', bytearray(b'i')]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except TypeError as e:
        print(repr(fmt), type(e).__name__, e)
for call in [lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.pack(),
             lambda: struct.unpack('i', b'abc'), lambda: struct.unpack('i', b'abcde'),
             lambda: struct.unpack('i', 'abcd'), lambda: struct.unpack('i'), lambda: struct.pack('i', x=1),
             lambda: struct.iter_unpack('', b''), lambda: struct.iter_unpack('i', b'abcde'),
             lambda: struct.Struct(), lambda: struct.Struct(3), lambda: struct.calcsize()]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
struct.pack('i', 1.5)
