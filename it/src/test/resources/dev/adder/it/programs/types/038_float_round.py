# round() / float.__round__ correctly rounded as CPython
for x in [2.675, 1234.5678, 0.5, 1.5, 2.5, -2.5, 1e300, 123.456, 0.125, 0.375, 1e-320, -0.0, 5e15 + 0.5]:
    print(repr(x), [x.__round__(n) for n in (-3, -1, 0, 1, 2, 3, 10)], x.__round__())
print((1e300).__round__(-400), (-1e-300).__round__(400), float('inf').__round__(2), float('nan').__round__(1))
print((2.5).__round__(), (3.5).__round__(), (-0.5).__round__(), type((2.5).__round__()).__name__)
print((1.5).__trunc__(), (-1.5).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__(), (2.7).__ceil__())
for f in [lambda: round(float('nan')), lambda: round(float('inf')), lambda: round(1.5, 1.5),
          lambda: (1e308).__round__(-308)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
