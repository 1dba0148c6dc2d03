# integer arithmetic with small values
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(abs(-42), -(-7), +3, ~5, ~-1)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2)
print(7 // 1, 0 // 5, 0 % 5)
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
x = 10
x -= 3
x *= 4
x //= 3
x %= 5
x **= 3
print(x)
