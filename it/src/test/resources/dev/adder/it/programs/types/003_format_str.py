# format() for str: alignment, fill, precision, errors
for s in ['abc', 'é€x', '', 'long string here']:
    print([format(s, spec) for spec in ['', 's', '5', '<6', '>6', '^7', '*^7', '.2', '8.3', '05', 'é>5']])
for bad in ['+', ' ', '#', '=5', ',', 'd', 'z', '.']:
    try:
        format('x', bad)
    except ValueError as e:
        print(bad, '->', e)
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
