# converting between numbers and text
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 5, 255, -255, 2 ** 40, 12345678901234567890):
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 8, 16, 36))))
print(to_base(255, 16) == format(255, "x"), to_base(-8, 2) == bin(-8).replace("0b", ""))
roman = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, s in roman:
        while n >= v:
            out += s
            n -= v
    return out
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
