def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), list(reversed(range(0, 10, 4))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoRev()))
t(lambda: reversed(1))
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([])))
t(lambda: reversed())
t(lambda: reversed([1], [2]))
t(lambda: reversed(seq=[1]))
class NoLen:
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoLen()))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst.clear()
print(list(r))
r2 = reversed([1, 2])
print(r2.__length_hint__(), next(r2), r2.__length_hint__())
