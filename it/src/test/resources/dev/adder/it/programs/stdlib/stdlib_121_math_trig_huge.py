# trigonometric functions of large arguments (exact argument reduction)
import math

for x in [1e6, 1.6e6, 3e6, 1e10, 2.0 ** 60, 5e15, 1e22, 1e100, 1e300, 2.0 ** 1023, 1.7976931348623157e308,
          7.5e150, -1e22, 123456789.0, 2.0 ** 52 + 1, 1e18 + 1]:
    print(repr(x), math.sin(x), math.cos(x), math.tan(x))
for k in [10, 100, 1000, 10 ** 6, 10 ** 9]:
    x = k * math.pi
    print(k, math.sin(x), math.cos(x), math.tan(x / 4))
print(math.sin(2 ** 70), math.cos(-(2 ** 70)), math.tan(10 ** 300))
