# UnicodeDecodeError attributes and unknown codecs/handlers
try:
    b'\xe2\x82x'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
for f in [lambda: b'a'.decode('foo'), lambda: b'\xff'.decode('utf-8', 'foo'), lambda: b'a'.decode('utf-8', 'foo'),
          lambda: b'x'.decode(encoding='ascii'), lambda: b'x'.decode('UTF8'), lambda: b'x'.decode('Latin1'),
          lambda: b'x'.decode(1), lambda: str(b'\xc3\xa9', 'utf-8'), lambda: str(b'\xff', 'ascii', 'replace'),
          lambda: str('x', 'utf-8'), lambda: str(1, 'utf-8'), lambda: str(b'ab'), lambda: str(errors='strict')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b'caf\xc3'.decode('utf-8')
