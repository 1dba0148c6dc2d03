# int(x, base) edge cases
for args in [('0x1f', 16), ('0x1f', 0), ('010', 0), ('0', 0), ('00', 0), ('1_0', 0), (' 12 ',), ('z', 36),
             ('Z', 36), ('0b101', 2), ('0o17', 8), ('0O17', 0), ('١٢',), ('1__2',), ('_1',), ('1_',),
             ('12', 1), ('12', 37), ('-0x10', 16), ('+ 1',), ('', ), ('9', 8), ('0x', 16), ('\u00a012\u2003',),
             ('1e3',), ('12.5',), (b'42',), (bytearray(b'17'), 8)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for v in [3.9, -3.9, True, 10**20, 1e20]:
    print(int(v))
for args in [(12, 10), (1.5, 10), (float('nan'),), (float('inf'),), ([],)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
