def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(zip()), list(zip([1, 2])), list(zip('ab', [1, 2, 3])), list(zip('abc', 'de', [1, 2, 3])))
print(dict(zip('ab', range(2))), list(zip(*[(1, 2), (3, 4)])))
print(list(zip([1, 2], 'ab', strict=True)), list(zip(strict=True)), list(zip([], [], strict=False)))
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, 'end'))
t(lambda: list(zip([1], [], strict=True)))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: list(zip([1, 2], [2], [3, 4], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: zip([1], 2))
t(lambda: zip([1], zz=1))
t(lambda: zip([], strict=1, zz=2))
consumed = []
class Gen:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        consumed.append(self.i)
        self.i += 1
        return self.i
print(list(zip([10], Gen())), consumed)
