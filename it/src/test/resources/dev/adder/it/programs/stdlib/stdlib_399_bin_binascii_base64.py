# binascii: base64 both ways, non-strict and strict decoding
import binascii

for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256))]:
    e = binascii.b2a_base64(d)
    print(d, e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e))
for s in [b'Zm9v\nYmFy', 'Zm9vYg==', b'Zm9vYg==trailing', b'Zm 9v!Y#g=', b'Zm9vYg=', b'Zm9vY', b'Zm9vYmE=Zg==',
          b'==Zm9v', b'Z=m9v', b'Zm9=vYg==', b'A', b'ABCDE', b'', b'====']:
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, 'Error:', e)
for s in [b'Zm9vYg==', b'Zm9vYg==x', b'=Zm9v', b'Zm9v\n', b'Zm9=Yg==', b'Zm9vY===', b'Zm9vYmFy', b'Zm9vYg']:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, 'strict Error:', e)
try:
    binascii.a2b_base64('Zm9v\u20ac')
except ValueError as e:
    print(type(e).__name__, e)
try:
    binascii.b2a_base64('text')
except TypeError as e:
    print(e)
print(binascii.a2b_base64(b'Zm9v', strict_mode=1), binascii.b2a_base64(b'x', newline=0))
