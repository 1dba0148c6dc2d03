# float methods: hex/fromhex, as_integer_ratio, is_integer, rounding
for x in [1.5, 0.0, -0.0, 5e-324, 0.1, 1e308, float('inf'), float('-inf'), float('nan'), 2.0**-1022, -3.75]:
    print(repr(x), x.hex(), x.is_integer(), x.conjugate(), x.real, x.imag)
for s in ['0x1.8p0', '  -0x1p-1074 ', '1.8', 'inf', '-Infinity', 'nan', '0x.8', '0x1.fffffffffffff8p1023',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1075', '0x3p-1076', '0X1P+4', '1p4', '+0x0p0']:
    print(repr(s), float.fromhex(s))
for s in ['0x1p1024', '0xg', '', '0x1p', 'x1']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [0.75, 1.0, -2.5, 1e-300, 123.456]:
    print(x.as_integer_ratio())
for x in [float('inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
