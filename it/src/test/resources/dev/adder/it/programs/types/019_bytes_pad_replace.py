# bytes center/ljust/rjust/zfill/replace/expandtabs/removeprefix/translate
b = b'abc'
print(b.center(9), b.center(8, b'*'), b.ljust(6, b'-'), b.rjust(6), b.zfill(6), b'-12'.zfill(6), b'+7'.zfill(4))
print(b'aaaa'.replace(b'a', b'bb'), b'aaaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'-'), b'x'.replace(b'y', b'z'))
print(b'a\tbc\tdef\n\tx'.expandtabs(), b'a\tb'.expandtabs(4), b'a\tb'.expandtabs(0))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'abc'.translate(t, b'a'), len(t))
for f in [lambda: b'x'.center(5, 'a'), lambda: b'x'.center(5, b'ab'), lambda: b'a,b'.replace(',', '.'),
          lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.translate(b'short')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
