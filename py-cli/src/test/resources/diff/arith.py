a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b)
print(2 ** 100, 10 ** 20 // 7, 1.5 + 2, 7 / 2.0, 3.0 ** 0.5)
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 1)
x = 10
x += 5; x -= 2; x *= 3; x //= 4; x %= 7; x **= 2
print(x, abs(-3), abs(-2.5), divmod(17, 5), round(2.5), round(3.14159, 2))
print(1 < 2 < 3, 1 == 1.0, 3 != 4, not 0, 1 and 0, 0 or 'x')
print(int("42") + 1, float("2.5"), str(12) + "!", bool([]), bool([0]))
print(max(3, 9, 2), min([4, 1, 8]), sum([1.5, 2.5]), hex(255), oct(8), bin(5))
