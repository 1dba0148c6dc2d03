# while loops: digits, square roots, binary search
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(9051), digits(0), sum(digits(2 ** 100)))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 127)])
def newton(v, eps=1e-12):
    g = v / 2
    while abs(g * g - v) > eps:
        g = (g + v / g) / 2
    return round(g, 10)
print(newton(2), newton(10), newton(144))
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
