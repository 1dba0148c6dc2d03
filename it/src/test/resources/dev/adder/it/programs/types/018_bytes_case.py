# bytes case methods and predicates are ASCII only
b = b'hello World \xe9\xc9 123 o\'neil'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
for x in [b'abc', b'ABC', b'Abc', b'Hello World', b'123', b'abc123', b' \t\n', b'', b'\xe9', b'Hello world']:
    print(x, x.isalpha(), x.isalnum(), x.isdigit(), x.islower(), x.isupper(), x.istitle(), x.isspace(), x.isascii())
print(bytearray(b'MiXeD').lower(), bytearray(b'abc').upper())
