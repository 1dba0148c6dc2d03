# struct: a binary record file written and read back (a WAV-like header and a table)
import struct

HEADER = struct.Struct('<4sI4s4sIHHIIHH4sI')
def header(rate, channels, bits, nbytes):
    block = channels * bits // 8
    return HEADER.pack(b'RIFF', 36 + nbytes, b'WAVE', b'fmt ', 16, 1, channels, rate, rate * block, block, bits,
                       b'data', nbytes)

h = header(44100, 2, 16, 1000)
print(len(h), HEADER.size, h[:12], h.hex()[:40])
fields = HEADER.unpack(h)
print(fields)
riff, size, wave, fmt, fmtlen, tag, ch, rate, brate, block, bits, data, n = fields
print(riff.decode(), wave.decode(), rate, brate, block, bits, n)

ROW = struct.Struct('>H10sdq?')
rows = [(1, b'alpha', 1.25, -5, True), (2, b'beta', -0.5, 1 << 40, False), (65535, b'a-long-name', 1e100, -1, True)]
blob = b''.join(ROW.pack(*r) for r in rows)
print(len(blob), ROW.size)
for r in ROW.iter_unpack(blob):
    print(r[0], r[1].rstrip(b'\x00'), r[2], r[3], r[4])
offsets = [i * ROW.size for i in range(len(rows))]
print([ROW.unpack_from(blob, o)[0] for o in reversed(offsets)])
table = bytearray(ROW.size * 2)
ROW.pack_into(table, ROW.size, 7, b'seven', 7.0, 7, True)
print(table.hex())
print(struct.unpack('>' + 'H' * 3, struct.pack('<' + 'H' * 3, 1, 2, 3)))
