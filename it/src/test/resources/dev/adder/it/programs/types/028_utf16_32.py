# utf-16 and utf-32 codecs
for s in ['x', 'é€😀', '']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
        e = s.encode(enc)
        print(enc, e, e.decode(enc) == s)
print(b'\xff\xfex\x00'.decode('utf-16'), b'\xfe\xff\x00x'.decode('utf-16'), b'x\x00'.decode('utf-16'))
for b, enc in [(b'x', 'utf-16'), (b'x\x00\x00', 'utf-32-le'), (b'\x00\xd8', 'utf-16-le')]:
    try:
        print(b.decode(enc))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
try:
    '\udcff'.encode('utf-16')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
