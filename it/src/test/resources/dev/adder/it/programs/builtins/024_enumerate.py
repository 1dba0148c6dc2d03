def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-1)))
print(list(enumerate([], 5)), list(enumerate(iterable='xy', start=10)), list(enumerate('x', 2**70)))
print(list(enumerate('ab', 2**63 - 1)))
e = enumerate([10, 20])
print(type(e).__name__, next(e), list(e), list(e))
for i, x in enumerate(range(3), True):
    print(i, x)
class I:
    def __index__(self):
        return 4
print(list(enumerate('a', I())))
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 1.5))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], 1, start=2))
t(lambda: enumerate(start=1))
t(lambda: enumerate([], zz=1))
t(lambda: enumerate([], iterable=[]))
t(lambda: enumerate([], '0'))
