# bytes split/rsplit/strip/partition/splitlines/join
b = b'  a b\tc\n\x0bd  '
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip())
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 2), b''.split())
print(b'xxhixx'.strip(b'x'), b'xyhiyx'.lstrip(b'xy'), b'abc'.rstrip(b'c'), b'\x1c a \x85'.strip())
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'='), b'kv'.rpartition(b'='))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\r'.splitlines(True), b'x\x0by\x1cz'.splitlines())
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), bytearray(b', ').join([b'x', b'y']))
for f in [lambda: b'abc'.split('a'), lambda: b''.join(['a']), lambda: b''.join([1]), lambda: b'a'.split(b''),
          lambda: b'a'.partition(b''), lambda: b'a'.strip('a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
