# binascii: quoted-printable encoding and decoding
import binascii

samples = [b'hello world', b'a=b', b'tab\tend\t', b'trailing space ', b'line1\nline2 \nline3',
           b'crlf\r\nlines \r\nend', b'\x00\x01\xff\x80', b'.', b'.\nx', b'under_score and space',
           b'x' * 80, b'y' * 75 + b'=', b'a' * 74 + b'\xe9bc', b'\n', b' \t\n\t']
for s in samples:
    print(s)
    print('  ', binascii.b2a_qp(s))
    print('  ', binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, istext=False)[:40])
    print('  ', binascii.b2a_qp(s, header=True), binascii.a2b_qp(binascii.b2a_qp(s)) == s)
for s in [b'a=3Db', b'=41=42', b'soft=\nbreak', b'soft=\r\nbreak', b'bad=zz', b'end=', b'==41', b'a_b',
          'a=3d', b'=4', b'x=\r  \nrest']:
    print(s, binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
print(binascii.a2b_qp(data=b'x_y', header=True), binascii.b2a_qp(data=b'x y', header=1))
try:
    binascii.b2a_qp(b'x', header=None)
except TypeError as e:
    print(e)
