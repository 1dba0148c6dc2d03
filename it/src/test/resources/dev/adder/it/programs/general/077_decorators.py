# function and class decorators
def trace(fn):
    def wrapped(*args):
        r = fn(*args)
        print(f"{fn.__name__}{args} -> {r}")
        return r
    wrapped.__name__ = fn.__name__
    return wrapped

def repeat(n):
    def deco(fn):
        def wrapped(*a):
            return [fn(*a) for _ in range(n)]
        return wrapped
    return deco

@trace
def mul(a, b):
    return a * b

@repeat(3)
def hello(name):
    return "hi " + name

mul(3, 4)
print(hello("x"), mul.__name__)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
@trace
@trace
def ident(x):
    return x
ident(5)
