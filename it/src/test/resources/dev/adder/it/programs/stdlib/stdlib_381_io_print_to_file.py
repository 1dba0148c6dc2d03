import sys
PATH = "/tmp/adder_io_381.txt"

with open(PATH, "w") as f:
    print("hello", "file", file=f)
    print(1, 2.5, None, [3], sep=",", end=";\n", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
    f.write("direct\n")
with open(PATH) as f:
    print(f.read(), end="")
print(sys.stdout is not None, hasattr(sys.stdout, "write"))
with open(PATH, "a") as f:
    f.write("".join(str(i) for i in range(10)) + "\n")
    sys.stdout.write("to stdout\n")
with open(PATH) as f:
    print(f.read().splitlines())
with open(PATH, "rb") as f:
    try:
        print("text", file=f)
    except Exception as e:
        print(type(e).__name__, e)
