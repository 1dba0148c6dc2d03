def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(len([1, 2]), len('héllo'), len(()), len({1: 2}), len(range(10)), len(range(0, 10, 3)))
class L:
    def __len__(self):
        return 7
print(len(L()))
t(lambda: len(1))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(x=1))
print(repr('a\nb'), repr(1.5), repr([None]), repr('it\'s'))
print(ascii('héllo'), ascii('\u20ac'), ascii('\U0001f600'), ascii([1, 'é']))
t(lambda: repr())
t(lambda: ascii(1, 2))
class R:
    def __repr__(self):
        return 'R!'
print(repr(R()), ascii(R()))
print(len(range(10**20, 10**20 + 5)))
t(lambda: len(range(10**20)))
