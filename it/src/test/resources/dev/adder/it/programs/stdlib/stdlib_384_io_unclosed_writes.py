PATH = "/tmp/adder_io_384.txt"

def write_unclosed(text):
    f = open(PATH, "w")
    f.write(text)

write_unclosed("first version\n")
print(open(PATH).read(), end="")
open(PATH, "a").write("appended\n")
print(open(PATH).read(), end="")
open(PATH, "wb").write(b"binary\n")
print(open(PATH, "rb").read())
f = open(PATH, "w")
f.write("buffered")
f.flush()
with open(PATH) as g:
    print(repr(g.read()))
f.close()
print(repr(open(PATH).read()))
