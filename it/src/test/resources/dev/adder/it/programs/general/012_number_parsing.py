# numeric literals of every form
print(0x_ff, 0o_17, 0b_1010, 1_000, 1_0.5_0, 1e1_0)
print(0xDEADBEEF, 0O777, 0B11, 00, 0.5e-3, .5, 5., 1E3)
print(type(1e3).__name__, type(10 ** 3).__name__, type(10 / 5).__name__)
print(float("  -1.5e2 "), float("nan") != float("nan"), float("Infinity"))
print(int("-0"), int("١٢٣"), float("1_5.2_5"))
values = ["12", "0x1A", "  7 ", "3.5", "1e2"]
for v in values:
    try:
        print(repr(v), int(v, 0) if v.strip().startswith("0x") else int(v))
    except ValueError as e:
        print(repr(v), "ValueError:", e)
