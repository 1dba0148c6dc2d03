# generator functions
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")

g = countdown(3)
print(type(g).__name__)
print(next(g))
for v in g:
    print("got", v)
print(list(countdown(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), sum(take(10, fib())))
def gen_return():
    yield 1
    return "result"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(x * 2 for x in countdown(2)))
