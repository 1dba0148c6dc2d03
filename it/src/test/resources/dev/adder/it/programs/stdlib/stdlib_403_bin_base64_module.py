# base64 (pure Python over binascii and struct)
import base64

data = b'Adder: a Python on the JVM \x00\xff\xfe'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.b64decode(b'Zm9v!YmFy'), base64.encodebytes(b'x' * 60))
print(base64.decodebytes(b'eHh4\n'), base64.a85encode(b'hello', adobe=True, wrapcol=8))
print(base64.b85encode(b'abc', pad=True), base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
print(base64.b32decode(b'mfrgg===', casefold=True), base64.b16decode(b'ff', casefold=True))
for bad in [lambda: base64.b64decode(b'Zm9v!YmFy', validate=True), lambda: base64.b64decode('Zm9vY'),
            lambda: base64.b32decode(b'MFRGG'), lambda: base64.b16decode(b'fg'), lambda: base64.b64encode('str'),
            lambda: base64.b85decode(b'|NsC0~')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
base64.b64decode('abc')
