print()
print(1, 2, 3)
print(1, 2, 3, sep='-')
print(1, 2, 3, sep=None)
print('a', 'b', end='!\n')
print('x', end=None)
print('no newline', end='')
print()
print(*[1, 2, 3], sep=', ', end='.\n')
print('flushed', flush=True)
print(None, True, 1.5, [1, 'a'], (1,), {'k': 2})
print('', '', sep='|')
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('a', 'b', 3, sep='+', file=w)
print(w.parts)
print('to none', file=None)
print(sep='x')
