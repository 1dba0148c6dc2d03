# format() mini-language for int
vals = [0, 7, -42, 255, 1234567, -9876543210, 10**25, True]
specs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'n', ',', '_', '_x', '_b',
         '08', '+', ' ', '-', '>8', '<8', '^9', '*^9', '=+10', '010,', '#010x', '+#x', 'e', '.2f', '%', 'g']
for v in vals:
    print(v, [format(v, s) for s in specs])
print(format(65, 'c'), format(0x1F600, 'c'), format(97, '^5c'))
print(f"{12345678:,} {12345678:_} {255:#_b}")
