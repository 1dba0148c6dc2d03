# binascii: uuencode lines
import binascii

for d in [b'', b'a', b'ab', b'abc', b'Cat', b'\x00\x00\x00', bytes(range(45))]:
    e = binascii.b2a_uu(d)
    print(d[:10], e, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(e) == d)
for line in [b'#0V%T\n', b'#0V%T', b'!80``\n', b' \n', b'', b'$86)C\n', b'%86)C9   \n', b'`\n']:
    try:
        print(line, binascii.a2b_uu(line))
    except binascii.Error as e:
        print(line, 'Error:', e)
for line in [b'#0V%T garbage', b'#0\x01%T\n']:
    try:
        print(binascii.a2b_uu(line))
    except binascii.Error as e:
        print(line, 'Error:', e)
try:
    binascii.b2a_uu(b'x' * 46)
except binascii.Error as e:
    print('Error:', e)
print(binascii.a2b_uu('!80``'))
