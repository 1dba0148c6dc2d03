# format() mini-language for float: e/f/g/%/n, precision, '' type, inf/nan, -0.0
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159, 1e-7, 1.5e16, 1e22, 123456.789,
        -0.00012345, float('inf'), float('-inf'), float('nan'), 1e300, 5e-324, 2.675]
specs = ['', 'e', 'E', '.0e', '#.0e', '.3e', 'f', 'F', '.0f', '#.0f', '.2f', 'g', 'G', '.1g',
         '.3g', '#g', '#.3g', '.10g', '%', '.1%', '.3', '.0', '.17', 'z.1f', ',.2f', '_g',
         '10.4', '#', '+08.2f', '^12e', 'n']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
