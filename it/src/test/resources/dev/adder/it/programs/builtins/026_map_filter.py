def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(filter(bool, [0, 3])), list(map(len, ['ab', 'c'])), list(map(int, '123')))
m = map(abs, [-1])
f = filter(None, [1])
print(type(m).__name__, type(f).__name__, next(m), next(m, 'x'), list(f))
t(lambda: map(len))
t(lambda: map())
t(lambda: map(len, 1))
t(lambda: list(map(1, [1])))
t(lambda: map(len, [1], zz=1))
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: filter(function=None, iterable=[]))
t(lambda: list(filter(len, [1])))
t(lambda: list(map(lambda x: 1 / x, [1, 0])))
print(list(map(lambda *a: a, 'ab', 'cd', 'e')))
