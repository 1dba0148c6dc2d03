# pow, sqrt and cbrt: ordinary values, C99 special cases, errors
import math

for x, y in [(2, 10), (2, 0.5), (2.5, 3), (-2, 3), (-2, 2), (10, -2), (0, 0), (1.5, -1.5), (9, 0.5), (1e10, 30)]:
    print(x, y, math.pow(x, y))
specials = [math.inf, -math.inf, math.nan, 0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -3.0]
for x in specials:
    row = []
    for y in specials:
        try:
            row.append(repr(math.pow(x, y)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(x, " ".join(row))
for x in [0.0, -0.0, 1, 2, 4, 1e-300, 1e300, 2 ** 100, 0.25, math.inf]:
    print("sqrt", x, math.sqrt(x))
for x in [0.0, -0.0, 1, 8, 27, -27, 2, 3, 1e-300, 1e300, -1e-320, math.inf, -math.inf, 10, 0.001]:
    print("cbrt", x, math.cbrt(x))
for bad in (-1, -0.1, -math.inf):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("sqrt", bad, e)
print(math.isnan(math.sqrt(math.nan)), math.isnan(math.cbrt(math.nan)))
try:
    math.pow(10, 400)
except OverflowError as e:
    print("pow overflow:", e)
