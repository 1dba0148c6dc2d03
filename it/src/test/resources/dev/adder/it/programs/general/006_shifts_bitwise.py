# shifts and bitwise operators
for v in (0, 1, 5, -5, 255, -256):
    print(v, v << 3, v >> 1, v >> 10, v & 0xF, v | 0x10, v ^ -1, ~v)
print(1 << 70, (1 << 70) >> 69, -1 >> 100, -(1 << 70) >> 3)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(bin(10), oct(64), hex(255), bin(-5), hex(-255))
print(int("1010", 2), int("ff", 16), int("777", 8), int("0x1F", 0), int("z", 36))
print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
x = 0
for i in range(8):
    if i % 2 == 0:
        x |= 1 << i
print(x, bin(x))
print(bin(x).count("1"))
