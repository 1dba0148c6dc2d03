# functools.lru_cache and cache: hits, misses, eviction, typed keys, cache_clear, wrappers
import functools

calls = []

@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n

print(square(2), square(3), square(2), square(4), square(3))
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits, fib.cache_info().currsize)

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print(fact(20), fact.cache_info().misses, fact.__wrapped__(3) if False else fact.__name__)

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

@functools.lru_cache
def add(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c

calls.clear()
print(add(1, 2), add(1, b=2), add(1, 2), add(1, c=5), add(1, 2, c=0))
print(len(calls), add.cache_info().hits)
print(square.__name__, square.__wrapped__(9), callable(square))
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print(e)
try:
    add([1])
except TypeError as e:
    print(e)

class Shape:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=8)
    def area(self, k):
        return self.n * k
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return self.n == o.n

s = Shape(3)
print(s.area(2), Shape(3).area(2), Shape.area.cache_info().hits)
zero = functools.lru_cache(maxsize=0)(lambda x: x + 1)
print(zero(1), zero(1), zero.cache_info())
