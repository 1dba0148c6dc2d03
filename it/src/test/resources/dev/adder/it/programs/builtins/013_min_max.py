def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min((1.5, 1)), max(range(10)))
print(max(['a', 'bbb', 'cc'], key=len), min(['a', 'bbb', 'cc'], key=len), max(1, 2, key=lambda x: -x))
print(max([], default=7), min([], default=None), max([1], default=7), max([], key=None, default=5))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([(1, 'b'), (1, 'a')]))
print(max([2, 3, 3.0], key=lambda v: v), min([3, 2, 2.0]))
t(lambda: max())
t(lambda: min())
t(lambda: max([]))
t(lambda: min(()))
t(lambda: max(1))
t(lambda: max(1, 2, default=3))
t(lambda: max([1], zz=1))
t(lambda: min([1, 'a']))
t(lambda: max(default=1))
t(lambda: max([1, 2], key=lambda x: 1 / 0))
print(max(iter([5, 9, 2])), min('zyx'))
