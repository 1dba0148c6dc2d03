# int methods and attributes
for n in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1, True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator,
          n.real, n.imag, n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), n.__round__(-1))
print((1255).__round__(-1), (1245).__round__(-1), (-1250).__round__(-2), (15).__round__(2), round(12345, -3))
print(round(-5, -1), round(15, -1), round(25, -1), round(10**30 + 5 * 10**28, -29), type(round(True, -1)).__name__)
for f in [lambda: (15).__round__(None), lambda: (5).__round__(1.5), lambda: round(5, '1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
