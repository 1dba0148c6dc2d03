# f-strings use the same mini-language
x, y, name = 3.14159, 1234567, 'adder'
print(f'{x:.2f} {x:10.3e} {y:,} {y:_} {y:#x} {name!r:>10} {name:^11}|')
w, p = 12, 4
print(f'{x:{w}.{p}f}|{x:<{w}}|{-x:+.1f}')
print(f'{1+2j:.1f} {2j} {-0.0} {float("nan"):>6} {float("-inf"):<6}|')
print(f'{True:d} {False!r} {None!s:>5}')
print(f'{"é€":*^9}', f'{0.000012345:g}', f'{12345678901234567890:e}')
class C:
    def __format__(self, spec):
        return 'C<' + spec + '>'
print(f'{C():xyz} {C()}', format(C(), 'q'), '{:abc}'.format(C()))
