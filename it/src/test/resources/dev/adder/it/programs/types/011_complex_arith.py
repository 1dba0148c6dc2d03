# complex arithmetic with CPython's rules
a, b = 1+2j, 3-4j
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a.conjugate())
print(a + 1, 2 * a, a / 2, 1 / a, a ** 2, a ** -2, a ** 0.5, 2 ** a, a ** a)
print(a == 1+2j, a != b, (1+0j) == 1, (1+0j) == 1.0, 2j == 2, hash(1+0j) == hash(1) == hash(1.0))
print((1e200+1e200j) ** 2, (1+2j) * float('inf'), 1j ** 2, (-1) ** 0.5)
print(0j ** 0, (2+0j) ** 0.5, abs(complex(float('inf'), float('nan'))))
print(a.real, a.imag, type(a.real), (5).real, (5).imag, (2.5).imag)
print(bool(0j), bool(1j), complex(1.5).__getnewargs__())
for f in [lambda: 1j / 0, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1+2j) // 2, lambda: (1+2j) % 2,
          lambda: (1+2j) < (2+3j), lambda: abs(complex(1e308, 1e308)), lambda: divmod(1j, 2),
          lambda: round(1j), lambda: int(1j), lambda: float(1j)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
