def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [12345, -12345, 15, 25, -25, 35, 150, 250, 0, 2**70 + 5 * 10**20]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 2), round(v, -30))
print(round(True), type(round(True)).__name__, round(True, 2))
class Num:
    def __round__(self, n=None):
        return ('round', n)
print(round(Num()), round(Num(), 3), round(Num(), None))
t(lambda: round('a'))
t(lambda: round([1.5]))
t(lambda: round())
t(lambda: round(1, 2, 3))
t(lambda: round(1.5, zz=2))
t(lambda: round(ndigits=2))
print(round(10**30 + 5 * 10**9, -10))
