# the functions on a grid of ordinary values, printed in full precision
import math

xs = [i / 8 for i in range(-24, 25)] + [0.1 * k for k in (1, 3, 7, 11, 13, 29)] + [1e-5, 123.5, 1000.25]
for x in xs:
    row = [math.sin(x), math.cos(x), math.tan(x), math.exp(x), math.expm1(x), math.tanh(x), math.sinh(x),
           math.erf(x), math.erfc(x), math.cbrt(x), math.asinh(x), math.atan(x)]
    if x > 0:
        row += [math.log(x), math.log10(x), math.log1p(x), math.sqrt(x), math.gamma(x), math.lgamma(x)]
    print(repr(x), " ".join(repr(v) for v in row))
