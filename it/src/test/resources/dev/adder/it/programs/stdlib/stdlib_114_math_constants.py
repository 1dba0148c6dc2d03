# the module's constants and names
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.e == math.exp(1))
print(type(math.inf).__name__, math.isinf(math.inf), math.isnan(math.nan), math.nan != math.nan)
print([n for n in dir(math) if not n.startswith("_")])
print(math.__name__, math.__doc__)
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(-0.0))
print(math.degrees(math.tau), math.radians(360) == math.tau, math.radians(90) == math.pi / 2)
print(math.degrees(math.inf), math.radians(-math.inf), math.degrees(1e308), math.radians(True))
print(math.isfinite(0.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(1))
import math as m2
print(m2 is math, hasattr(math, "cbrt"), hasattr(math, "exp2"), hasattr(math, "sumprod"))
