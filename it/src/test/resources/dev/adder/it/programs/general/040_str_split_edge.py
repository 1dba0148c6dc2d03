# split/strip edge cases
cases = ["", " ", "a", " a ", "a  b", "\ta\nb\r\n", "a,b,", ",a,,b,"]
for c in cases:
    print(repr(c), c.split(), c.split(","), c.split(" "), repr(c.strip()))
print("a b c d".split(None, 1), "a b c d".rsplit(None, 1), "  a  b  ".split(None, 1))
print("1.2.3".split(".", 0), "x".split("x"), "xx".split("x"), "abc".split("abc"))
print("k=v=w".partition("="), "k=v=w".rpartition("="))
print("one\ttwo  three\n".split(), "a\x1cb".split(), "a\u2003b".split())
