# roman numeral parsing and arithmetic
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = VALUES[a]
        total += -v if b != " " and VALUES[b] > v else v
    return total
def to_roman(n):
    out = []
    for v, sym in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                   (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        q, n = divmod(n, v)
        out.append(sym * q)
    return "".join(out)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for expr in ["XIV + XXVIII", "MMXXIV - CDXLIV", "XII * XII", "C / VII"]:
    a, op, b = expr.split()
    x, y = from_roman(a), from_roman(b)
    r = {"+": x + y, "-": x - y, "*": x * y, "/": x // y}[op]
    print(expr, "=", to_roman(r), f"({r})")
