# lambdas as values
square = lambda x: x * x
add = lambda a, b=1: a + b
compose = lambda f, g: lambda x: f(g(x))
print(square(7), add(2), add(2, 3), compose(square, add)(4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: "no args")(), (lambda x, /, y: x - y)(5, y=2))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(square.__name__, (lambda: 0).__qualname__)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
