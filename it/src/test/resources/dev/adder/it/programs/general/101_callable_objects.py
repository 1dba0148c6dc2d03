# __call__ makes instances callable
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kw):
        self.n += 1
        return args, kw
c = Counter()
c(); c(1); c(a=2)
print(c.n, c(1, b=2))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(fib.cache), type(fib).__name__)
