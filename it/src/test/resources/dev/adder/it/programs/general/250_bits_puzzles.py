# bit manipulation tricks
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
def gray(n):
    return n ^ (n >> 1)
print([popcount(n) for n in (0, 1, 255, 256, 2 ** 64 - 1)])
print([n for n in range(70) if is_pow2(n)], is_pow2(2 ** 100), is_pow2(2 ** 100 + 1))
print([reverse_bits(n) for n in (1, 2, 0b10110000, 255)])
print([format(gray(i), "04b") for i in range(8)])
x, y = 12, 25
x ^= y
y ^= x
x ^= y
print(x, y, -1 & 0xFF, (-8) >> 1, (1 << 100) | 1, ~0 & 0xFFFF)
print(max(range(1, 50), key=lambda n: (popcount(n), n)))
