# bytes.decode with encodings and error handlers
data = [b'\xe2\x82x', b'\xe2x', b'a\xe2\x82', b'\xff\xfe', b'\xff abc \xe2\x82', b'\xff\xed\xa0\x80',
        b'\xf0\x9f\x98\x80', b'\xc3\xa9t\xc3\xa9', b'\xc0\x80', b'\xf4\x90\x80\x80']
for d in data:
    for enc, err in [('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'),
                     ('utf-8', 'backslashreplace'), ('utf-8', 'surrogateescape'), ('ascii', 'strict'),
                     ('ascii', 'replace'), ('latin-1', 'strict')]:
        try:
            print(d, enc, err, ascii(d.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(d, enc, err, 'UnicodeDecodeError:', e)
