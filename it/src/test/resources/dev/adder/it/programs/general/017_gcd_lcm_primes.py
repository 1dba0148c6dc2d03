# number theory by hand
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a * b // gcd(a, b)

def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

print(gcd(48, 18), gcd(-12, 8), gcd(17, 5), lcm(4, 6), lcm(21, 6))
for n in (2, 12, 97, 360, 9999991, 2 ** 40 + 1):
    print(n, factorize(n))
from_lcm = 1
for i in range(1, 21):
    from_lcm = lcm(from_lcm, i)
print(from_lcm)
