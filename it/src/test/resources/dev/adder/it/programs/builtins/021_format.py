def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(format(1), format('x'), format(1.5), format([1, 2]), format(None))
print(format(42, 'd'), format(255, 'x'), format(3.14159, '.2f'), format('ab', '>5'))
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F()), format(F(), 'abc'), f'{F():xyz}')
class Bad:
    def __format__(self, spec):
        return 1
t(lambda: format(Bad()))
t(lambda: format(1, 2))
t(lambda: format(object(), 'x'))
t(lambda: format())
t(lambda: format(1, 'd', 3))
t(lambda: format(1, format_spec='d'))
print(format(object(), '') != '', format(True), format(True, 'd'))
