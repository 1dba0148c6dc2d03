def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
t(lambda: next(it))
t(lambda: next(1))
t(lambda: next([]))
t(lambda: iter(1))
t(lambda: iter())
t(lambda: iter(1, 2, 3))
t(lambda: iter([], x=1))
t(lambda: next())
stack = [3, 2, 1, 0, 5, 6]
print(list(iter(stack.pop, 0)))
print(stack)
t(lambda: iter(1, 2))
count = [0]
def f():
    count[0] += 1
    if count[0] > 3:
        raise StopIteration
    return count[0]
print(list(iter(f, 99)))
ci = iter(lambda: 1, 1)
print(type(ci).__name__, list(ci), next(ci, 'x'))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(It()), next(It()), next(iter(It())))
x = It(); next(x); next(x)
print(next(x, 'default'))
