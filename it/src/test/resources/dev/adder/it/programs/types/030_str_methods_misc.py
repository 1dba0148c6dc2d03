# str methods: padding, zfill, expandtabs, partition, prefixes
s = 'abc'
print(s.center(8, '*'), s.center(9), s.ljust(6, '-'), s.rjust(6, '€'), s.zfill(6), '-42'.zfill(6), '+x'.zfill(4))
print('a\tbc\tdef\n\tx'.expandtabs(), 'a\tb'.expandtabs(4), 'a\tb'.expandtabs(0), 'a\tb'.expandtabs(tabsize=2))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='), 'kv'.rpartition('='))
print('prefix-body'.removeprefix('prefix-'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix(''))
print('  x  '.strip(), 'xxhixx'.strip('x'), '\u2003y\u00a0'.strip(), 'abc'.lstrip('ba'), 'abc'.rstrip('c'))
for f in [lambda: s.center(5, 'ab'), lambda: s.center('5'), lambda: s.zfill(None), lambda: 'a'.partition(''),
          lambda: s.ljust(5, b'x'), lambda: s.removeprefix(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
