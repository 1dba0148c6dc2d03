def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e16 + 1, -0.0, 3.7, -3.7]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(2.675, 2), round(1.005, 2), round(0.1 + 0.2, 15), round(123.456, -1), round(123.456, -2))
print(round(5e-324, 400), round(1.5, 323), round(1.5, 324), round(1234.5, -400), round(-1234.5, -400))
print(round(1e300, -299), round(0.0, 3), round(-0.0, -3))
t(lambda: round(float('nan')))
t(lambda: round(float('inf')))
t(lambda: round(-float('inf')))
print(round(float('nan'), 2), round(float('inf'), 2))
t(lambda: round(1.7e308, -308))
print(round(number=2.5), round(2.5, ndigits=None), round(3.14159, ndigits=3))
t(lambda: round(1.5, 'a'))
t(lambda: round(1.5, 1.0))
