# every one-argument function on the special values: result or exception
import math

funcs = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf",
         "erfc", "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan",
         "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh",
         "trunc", "ulp"]
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
            1.7976931348623157e308, -1.7976931348623157e308, 2.2250738585072014e-308, 0, 1, -1, 10 ** 20]
for name in funcs:
    f = getattr(math, name)
    out = []
    for x in specials:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e)[5:9])
    print(name, " ".join(out))
