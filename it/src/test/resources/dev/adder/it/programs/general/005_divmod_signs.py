# floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5, -5):
        q, r = divmod(a, b)
        assert q * b + r == a
        print(f"{a:>4} {b:>3} -> {a // b:>3} {a % b:>3}")
for a in (7.0, -7.0):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10, 1 % -10, -10 % 10)
