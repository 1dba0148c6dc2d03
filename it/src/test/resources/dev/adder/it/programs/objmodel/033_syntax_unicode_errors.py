# SyntaxError attributes and str; UnicodeDecodeError / EncodeError / TranslateError.
e = SyntaxError("invalid syntax", ("prog.py", 3, 7, "x = (1,\n", 3, 9))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(e.args)
print(SyntaxError("m"), SyntaxError(), SyntaxError("m", ("dir/sub/f.py", None, None, None)))
print(SyntaxError("m", (None, 5, 1, "t")), IndentationError("ind", ("f.py", 2, 1, "  x")).lineno)
print(TabError("tabs").msg, SyntaxError("m").lineno)
d = UnicodeDecodeError("utf-8", b"\xff\xfeab", 0, 1, "invalid start byte")
print(d)
print(d.encoding, d.object, d.start, d.end, d.reason, d.args)
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad bytes"))
print(UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "x"), UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "y"))
print(UnicodeEncodeError("ascii", "abc", 0, 3, "z"))
t = UnicodeTranslateError("\xe9", 0, 1, "no map")
print(t, t.encoding, t.object)
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__mro__[1].__name__)
try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r")
except TypeError as err:
    print("TypeError")
s = SyntaxError("custom", ("file.py", 1, 1, "bad line", 1, 2))
s.lineno = 10
s.filename = None
print(s, s.args)
