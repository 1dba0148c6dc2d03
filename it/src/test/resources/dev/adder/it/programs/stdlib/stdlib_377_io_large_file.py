PATH = "/tmp/adder_io_377.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    lines = ["%d:%s\n" % (i, "é€x" * (i % 37)) for i in range(3000)]
    with open(PATH, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line)
    with open(PATH, encoding="utf-8") as f:
        back = f.readlines()
    print(len(back), back == lines)
    with open(PATH, encoding="utf-8") as f:
        total = 0
        chunks = 0
        while True:
            c = f.read(1000)
            if not c:
                break
            total += len(c)
            chunks += 1
    print(total, chunks, total == sum(map(len, lines)))
    with open(PATH, "rb") as f:
        data = f.read()
    print(len(data), data.count(b"\n"), data[:20])
    with open(PATH, encoding="utf-8") as f:
        n = sum(1 for _ in f)
    print(n)
    with open(PATH, encoding="utf-8") as f:
        f.readline()
        p = f.tell()
        f.read(5000)
        f.seek(p)
        print(repr(f.readline()))
    with open(PATH, "rb") as f:
        n = 0
        while f.readline():
            n += 1
    print(n)
finally:
    if remove:
        remove(PATH)
