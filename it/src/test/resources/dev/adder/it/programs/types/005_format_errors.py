# error messages of the format mini-language
cases = [(5, ',c'), (5, '.2d'), (5, '#c'), (5, '+c'), (5, 'q'), (5.0, 'd'), ('x', 'd'), (5, '_n'),
         (5, ',_'), (5, ',,'), (5, '.'), (5, 'abc'), (5, '10.2x'), (5, ',b'), (0x110000, 'c'), (-1, 'c'),
         (None, 'x'), ([], '>5'), (1.5, 'c'), (5, 'z')]
for v, s in cases:
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(None), format([1, 2]), format(object(), '') != '')
