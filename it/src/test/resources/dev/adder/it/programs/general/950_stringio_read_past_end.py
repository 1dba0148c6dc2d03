# StringIO read/readline/iteration after seeking past the end return empty strings
import io
s = io.StringIO("hello")
s.seek(100)
print(repr(s.read()), repr(s.readline()), repr(s.read(3)), list(s), s.tell())
s = io.StringIO()
s.seek(50)
print(repr(s.readline(5)), repr(s.read()))
s.write("x")
print(repr(s.getvalue()))
