# erf, erfc, gamma and lgamma
import math

for x in [0.0, -0.0, 0.1, -0.1, 0.5, 0.84375, 1.0, 1.25, -1.5, 2.0, 2.857, 3.5, 5.9, 6.0, -6.5, 10.0, 27.0, 30.0, 1e-30]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erfc(-30))
for x in [1, 2, 3, 5, 10, 23, 24, 0.5, 1.5, -0.5, -1.5, 1e-25, -1e-25, 171, 171.5, -170.5, 100.25, 0.1, 7.7, 150.5]:
    print("gamma", x, math.gamma(x))
for x in [1, 2, 3, 0.5, -0.5, -1.5, 10, 100, 1e10, 1e300, 1e-25, 2.5, -2.5, 0.001, -100.5, 6.5]:
    print("lgamma", x, math.lgamma(x))
print(math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.inf), math.isnan(math.gamma(math.nan)))
print(math.gamma(-300.5), math.gamma(-201.25))


def attempt(f, x):
    try:
        return f(x)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


for x in [0, -0.0, -1, -2.0, -math.inf, 172, 1e300, -1e300, 5e-324]:
    print("gamma", x, attempt(math.gamma, x))
for x in [0, -1, -2.0, 1e308, -1e308]:
    print("lgamma", x, attempt(math.lgamma, x))
print(attempt(math.erf, "1"))
