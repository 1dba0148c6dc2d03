def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1/3) if False else 0)
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1))
print(pow(2, -1, 5), pow(3, -2, 7), pow(38, -1, 97))
print(pow(base=2, exp=5), pow(2, exp=3), pow(base=2, exp=3, mod=5), pow(2, 3, None))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 0.5, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow('a', 2, 3))
t(lambda: pow())
t(lambda: pow(1))
t(lambda: pow(1, 2, 3, 4))
t(lambda: pow(2, 3, base=3))
t(lambda: pow(2, 3, zz=3))
t(lambda: pow(0, -1))
t(lambda: pow('a', 2))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()))
