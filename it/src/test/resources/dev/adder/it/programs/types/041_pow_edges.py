# ** edge cases for int, float and complex
cases = [(2, -1), (0, 0), (-2, 0.5), (-2.0, 2), (10.0, 400), (0.0, -1), (0, -1), (-8.0, 1/3), (-1, 0.5),
         (2, 0.5), (0.0, 0.0), (float('nan'), 0), (1, float('nan')), (-1, float('inf')), (0.5, float('-inf')),
         (float('-inf'), 3), (float('-inf'), -3), (-0.0, -1), (-0.0, 3), (2, 100), (-3, 3), (1.5, 2+1j)]
for a, b in cases:
    try:
        print(repr(a), repr(b), repr(a ** b))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(repr(a), repr(b), type(e).__name__, e)
print(pow(2, 10), pow(2.0, -2), pow(-27, 1/3))
