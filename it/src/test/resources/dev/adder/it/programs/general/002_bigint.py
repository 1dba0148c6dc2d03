# arbitrary-precision integers
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
big = 123456789012345678901234567890
print(big * big)
print(big // 987654321, big % 987654321)
print(divmod(-big, 12345))
print(-big // 7, -big % 7)
print(big >> 40, big << 3)
print(big & 0xFFFFFFFF, big | 1, big ^ big)
print((2 ** 200) // (2 ** 100) == 2 ** 100)
print(len(str(2 ** 1000)))
print(pow(3, 200, 1000007))
print(pow(2, 100) - pow(2, 99) == 2 ** 99)
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m * -m)
print(abs(-(2 ** 70)), -(2 ** 70) // 3)
