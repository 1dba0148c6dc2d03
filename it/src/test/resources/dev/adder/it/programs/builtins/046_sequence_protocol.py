class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Squares(5)
print(list(s), list(iter(s)), 9 in s, 10 in s, sorted(s, reverse=True))
print(list(reversed(s)), sum(s), max(s), min(s), list(enumerate(s)))
print(list(zip(s, 'abcde')), list(map(str, s)), list(filter(None, s)))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it), next(it, 'done'))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Broken())
except KeyError as e:
    print('KeyError', e)
try:
    iter({}.keys)
except TypeError as e:
    print('TypeError', e)
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(list(d.items()))))
