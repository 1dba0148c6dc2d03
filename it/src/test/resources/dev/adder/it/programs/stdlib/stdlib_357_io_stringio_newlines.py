import io

data = "a\r\nb\rc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(data, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    s.write("\nw")
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print(list(s))
s = io.StringIO(newline=None)
s.write("one\r")
print(repr(s.getvalue()), s.newlines)
s.write("\ntwo")
print(repr(s.getvalue()), s.newlines)
