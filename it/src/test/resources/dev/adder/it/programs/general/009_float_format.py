# float repr and formatting round-trips
values = [0.1, 0.5, 1.0, 1.1, 2.5e-8, 1e22, 1e23, 123456789012345678.0, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v), f"{v:.3g}", f"{v:12.4e}")
print(f"{3.14159:.2f} {3.14159:10.3f}| {-3.14159:+.1f} {2.5:08.2f}")
print("%.3f %5.1f %-8.2f| %e %g %G" % (1 / 7, 2.25, 3.5, 12345.678, 0.00001234, 1e20))
print(f"{1.0:g} {100000.0:g} {1000000.0:g} {0.0001:g} {0.00001:g}")
print(f"{float('inf'):f} {float('-inf'):.2f} {float('nan'):g}")
print(f"{12.5:%}", f"{0.123456:.2%}")
print(format(2.0 / 3, ".15f"), format(1 / 3, "r") if False else round(1 / 3, 4))
