# hyperbolic functions and their inverses, with overflow and domain errors
import math

for x in [0.0, -0.0, 0.1, -0.5, 1.0, 2.5, 20.0, -30.0, 700.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1.0, 1.5, 2.0, 10.0, 1e10, 1e300, math.inf]:
    print("acosh", x, math.acosh(x))
for x in [0.0, -0.0, 0.25, -0.5, 0.9, 0.999999, 1e-30]:
    print("atanh", x, math.atanh(x))
print(math.tanh(math.inf), math.tanh(-math.inf), math.asinh(-math.inf), math.sinh(-math.inf))
print(math.cosh(-math.inf), math.isnan(math.sinh(math.nan)))


def attempt(f, x):
    try:
        return f(x)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


for f in (math.sinh, math.cosh):
    print(f.__name__, attempt(f, 711), attempt(f, -711), attempt(f, 1e308))
print(attempt(math.acosh, 0.5), attempt(math.acosh, -math.inf), attempt(math.acosh, 0))
print(attempt(math.atanh, 1), attempt(math.atanh, -1.0), attempt(math.atanh, 2), attempt(math.atanh, math.inf))
print(math.tanh(1000), math.tanh(-1000), math.asinh(1e300))
