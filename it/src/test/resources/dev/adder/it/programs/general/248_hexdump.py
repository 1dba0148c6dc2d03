# a hex dump of some text encoded as UTF-8
data = "Hello, Adder!\nNaïve café — 日本語 ☃\n\t\x00\x7f end".encode("utf-8")
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexes = " ".join(f"{b:02x}" for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print(f"{off:08x}  {hexes:<47}  |{text}|")
print(len(data), sum(data) % 256, max(data), data.count(0xe6))
