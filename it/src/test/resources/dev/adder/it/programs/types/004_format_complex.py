# format() and repr for complex
vals = [1+2j, -1.5-0.5j, 2j, complex(0.0, -0.0), complex(-0.0, 1), complex(float('inf'), float('nan')),
        complex(1e300, -1e-300), 0j]
for v in vals:
    print(repr(v), str(v), [format(v, s) for s in ['', '.2', '.2f', 'e', 'g', '>20', '+', '#', '^16.3f', ',.1f']])
for bad in ['05', '=10', '%', 'd']:
    try:
        format(1+2j, bad)
    except ValueError as e:
        print(bad, '->', e)
