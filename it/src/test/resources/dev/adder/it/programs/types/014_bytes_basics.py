# bytes: literals, indexing returns ints, slicing, concatenation, repetition, comparison
KEY = 'a'
b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:])
print(b + b'!', b * 2, 2 * b'ab', b'' * 5, b'ab' * -1)
print(b == b'hello world', b < b'help', b'a' < b'ab', b'\xff' > b'\x00', b'abc' == 'abc')
print(104 in b, b'wor' in b, b'' in b, 300 in b if False else 'skip')
print(list(b'abc'), [x for x in b'\x00\xff'], bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'xy'), bytes(bytearray(b'z')))
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b'\t\n\r\\\x7f\x80'))
print(hash(b'abc') == hash(b'abc'), b'abc'.__getnewargs__(), bytes.__name__, type(b'').__name__)
for f in [lambda: b'abc'[5], lambda: b'abc'[KEY], lambda: b'a' + 'b', lambda: b'a' + 1,
          lambda: 'a' in b'abc', lambda: 300 in b'abc', lambda: b'abc' < 'abc']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
