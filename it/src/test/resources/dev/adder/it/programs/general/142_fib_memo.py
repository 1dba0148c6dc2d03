# Fibonacci four ways
def fib_rec(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_rec(n - 1) + fib_rec(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_matrix(n):
    def mul(x, y):
        return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
    r, m = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            r = mul(r, m)
        m = mul(m, m)
        n >>= 1
    return r[0][1]

def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)

for n in (0, 1, 10, 50, 200):
    vals = {fib_rec(n), fib_iter(n), fib_matrix(n), fib_doubling(n)[0]}
    print(n, vals)
print(len(str(fib_iter(5000))))
