# struct + binascii + zlib-free: build PNG-style chunks with CRC-32 and parse them back
import struct, binascii

def chunk(kind, data):
    body = kind + data
    return struct.pack('>I', len(data)) + body + struct.pack('>I', binascii.crc32(body) & 0xffffffff)

def parse(blob):
    pos = 8
    out = []
    while pos < len(blob):
        (n,) = struct.unpack_from('>I', blob, pos)
        kind = blob[pos + 4:pos + 8]
        data = blob[pos + 8:pos + 8 + n]
        (crc,) = struct.unpack_from('>I', blob, pos + 8 + n)
        ok = crc == binascii.crc32(kind + data)
        out.append((kind.decode('ascii'), n, ok))
        pos += 12 + n
    return out

ihdr = struct.pack('>IIBBBBB', 640, 480, 8, 6, 0, 0, 0)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'tEXt', b'Comment\x00made by a test') + chunk(b'IEND', b'')
print(len(png), png[:16].hex())
print(parse(png))
print(struct.unpack('>IIBBBBB', ihdr))
broken = bytearray(png)
broken[30] ^= 0xff
print(parse(bytes(broken)))
print(binascii.b2a_base64(png[:24]), binascii.hexlify(png[8:16], ' ', 4))
w, h = struct.unpack_from('>II', memoryview(png), 16)
print(w, h, binascii.crc_hqx(png, 0), binascii.crc32(png, 12345))
