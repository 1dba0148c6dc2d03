# the two-argument functions on pairs of special values
import math

funcs = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "isclose", "hypot", "ldexp", "log", "dist"]
specials = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, math.inf, -math.inf, math.nan, 5e-324, 1e308]
for name in funcs:
    f = getattr(math, name)
    for x in specials:
        out = []
        for y in specials:
            try:
                if name == "ldexp":
                    r = f(x, int(y) if math.isfinite(y) else 2000)
                elif name == "dist":
                    r = f((x, y), (y, x))
                else:
                    r = f(x, y)
                out.append(repr(r))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__[:3])
        print(name, repr(x), " ".join(out))
