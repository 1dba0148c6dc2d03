vals = [i / 8 for i in range(-20, 21)]
print([round(v) for v in vals])
print([round(v, 1) for v in vals])
print([round(v * 10, -1) for v in vals])
print([round(i, -1) for i in range(-30, 31, 5)])
print([round(i * 25, -2) for i in range(-6, 7)])
print(round(0.285, 2), round(0.375, 2), round(2.5e-5, 5), round(1.23456789e10, -5), round(9.995, 2))
print(round(123456789.123456789, 4), round(-2.5), round(-3.5), round(1e22), round(-1e22))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 0)).__name__)
