# zlib: one-shot and streaming compression and decompression, checksums, gzip framing,
# errors; gzip and zipfile on top of it.
import zlib, gzip, io, zipfile
data = b"".join(b"line %d of some text that repeats\n" % (i % 50) for i in range(3000))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
raw = zlib.compress(data, 6, -15)
print(len(raw), zlib.decompress(raw, -15) == data)
gz = zlib.compress(data, 9, 31)
print(len(gz), gz[:10].hex(), zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"), zlib.adler32(b""), zlib.crc32(b"", 5))
c = zlib.compressobj(6)
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush(zlib.Z_SYNC_FLUSH))
parts.append(c.compress(b"tail"))
parts.append(c.flush())
stream = b"".join(parts)
print(len(stream), zlib.decompress(stream) == data + b"tail")
d = zlib.decompressobj()
out = b""
for i in range(0, len(stream), 777):
    out += d.decompress(stream[i:i + 777])
out += d.flush()
print(out == data + b"tail", d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(stream + b"EXTRA", 100)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(len(first + rest), d.eof, d.unused_data)
zd = b"some text that repeats"
c = zlib.compressobj(zdict=zd); s2 = c.compress(data) + c.flush()
d = zlib.decompressobj(zdict=zd); print(d.decompress(s2) == data)
try:
    zlib.decompressobj().decompress(s2)
except zlib.error as e:
    print("error", e)
for bad in (b"not compressed", zlib.compress(data)[:50]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error", e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("error", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE, zlib.error.__module__, issubclass(zlib.error, Exception))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
print(len(buf.getvalue()), gzip.decompress(buf.getvalue()) == data, gzip.decompress(gzip.compress(data, mtime=0)) == data)
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", data)
    z.writestr("b.txt", b"small")
with zipfile.ZipFile(io.BytesIO(zb.getvalue())) as z:
    print(z.namelist(), z.read("a.txt") == data, z.read("b.txt"), z.getinfo("a.txt").compress_size)
import tarfile
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode="w:gz") as t:
    info = tarfile.TarInfo("x.txt"); info.size = len(data); info.mtime = 0
    t.addfile(info, io.BytesIO(data))
with tarfile.open(fileobj=io.BytesIO(tb.getvalue()), mode="r:gz") as t:
    print(t.getnames(), t.extractfile("x.txt").read() == data)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
