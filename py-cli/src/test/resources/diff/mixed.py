print("hello", 1 + 2, 3.5 * 2, [1, 2], {"a": 1}, (1,), None)
def f(x):
    return x + 1
print(f(1))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
x = [i * i for i in range(10)]
print(x, sum(x), len(x), max(x), min(x))
d = {}
for w in "a b c a b a".split():
    d[w] = d.get(w, 0) + 1
print(d, sorted(d.items(), key=lambda kv: -kv[1]))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v * 2
print(A(21).get(), f"{3.14159:.2f} {'x'!r} {10:>5}")
print(undefined_name)
