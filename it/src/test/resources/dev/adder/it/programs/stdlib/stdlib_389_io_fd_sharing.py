import io
PATH = "/tmp/adder_io_389.txt"

with open(PATH, "w") as f:
    f.write("0123456789")
owner = open(PATH, "rb", buffering=0)
fd = owner.fileno()
view = io.FileIO(fd, "r", closefd=False)
print(view.closefd, view.read(3), owner.read(3))
view.close()
print(view.closed, owner.closed, owner.read())
text = open(fd, "r", closefd=False)
print(text.name == fd, text.mode, text.buffer.raw.closefd)
text.close()
print(owner.closed)
owner.close()
try:
    owner.fileno()
except ValueError as e:
    print(e)
for bad in [-1, -5]:
    try:
        io.FileIO(bad)
    except ValueError as e:
        print(e)
try:
    open(PATH, closefd=False)
except ValueError as e:
    print(e)
with open(PATH, "rb") as a, open(PATH, "rb") as b:
    print(a.fileno() != b.fileno(), a.read(2), b.read(4))
