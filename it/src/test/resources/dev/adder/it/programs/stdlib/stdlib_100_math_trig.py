# trigonometric functions on ordinary and special values
import math

values = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, 3.0, 10.0, 1e-10, 1e10, math.pi / 4, math.pi / 3]
for x in values:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [0.0, -0.0, 0.25, -0.75, 1.0, -1.0]:
    print(x, math.asin(x), math.acos(x))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(math.nan))
for fn in (math.sin, math.cos, math.tan, math.asin, math.acos):
    for bad in (math.inf, -math.inf, 1.5):
        try:
            print(fn.__name__, bad, fn(bad))
        except ValueError as e:
            print(fn.__name__, bad, "ValueError", e)
    print(fn.__name__, "nan ->", fn(math.nan))
pairs = [(1, 1), (-1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0),
         (math.inf, math.inf), (-math.inf, math.inf), (math.inf, -math.inf),
         (1, math.inf), (1, -math.inf), (-1, -math.inf), (math.inf, 5), (3, 4), (math.nan, 1)]
for y, x in pairs:
    print("atan2", y, x, math.atan2(y, x))
print(math.sin(True), math.cos(False), math.tan(3))
