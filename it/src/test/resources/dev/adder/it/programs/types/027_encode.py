# str.encode with codecs and error handlers
for s in ['abc', 'é', 'aé€😀', '\udcff', 'x\udc80y']:
    for enc, err in [('utf-8', 'strict'), ('ascii', 'strict'), ('ascii', 'replace'), ('ascii', 'ignore'),
                     ('ascii', 'backslashreplace'), ('ascii', 'xmlcharrefreplace'), ('latin-1', 'strict'),
                     ('utf-8', 'surrogateescape'), ('utf-8', 'surrogatepass'), ('latin-1', 'backslashreplace')]:
        try:
            print(ascii(s), enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(ascii(s), enc, err, 'UnicodeEncodeError:', e)
print('x'.encode(), 'x'.encode(encoding='ascii', errors='strict'), 'é'.encode('UTF-8'), 'é'.encode('iso-8859-1'))
