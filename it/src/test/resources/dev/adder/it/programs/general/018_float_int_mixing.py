# int and float mix in arithmetic and comparisons
print(1 + 1.0, 3 * 0.5, 7 / 2, 7 // 2.0, 2 ** 0.5 * 2 ** 0.5)
print(10 ** 16 + 1.0, float(10 ** 16 + 1), 2 ** 63 * 1.0)
print(1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b"})
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(int(1e20), int(-1e15), int(2.0 ** 70))
print(float(2 ** 80), 2 ** 80 == float(2 ** 80), 2 ** 80 + 1 == float(2 ** 80))
print(round(7 / 3, 5), round(-7 / 3, 5))
vals = [3, 1.5, -2, 0.25, 10 ** 18]
print(sorted(vals), sum(vals), max(vals), min(vals))
print(sum(vals) / len(vals))
