# unary and binary operator combinations over a grid of values
vals = [0, 1, -1, 7, -7, 2.5, -2.5, True]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(a // b)
        except ZeroDivisionError:
            row.append("Z")
    print(a, row)
print([-v for v in vals], [+v for v in vals], [abs(v) for v in vals])
print([v ** 2 for v in vals], [v * 2 for v in vals])
