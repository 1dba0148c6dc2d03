def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct} {args} {sorted(kw.items())}"
print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1))
print(greet(greeting="Yo", name="Cy"))
def apply(f, *a):
    return f(*a)
print(apply(max, 3, 7), apply(lambda x, y: x * y, 6, 7))
args = (1, 2)
kwargs = {"b": 5}
def g(a, b=0, c=0):
    return a + b * 10 + c * 100
print(g(*args), g(1, **kwargs), g(1, c=3))
def varsum(*nums):
    total = 0
    for n in nums:
        total += n
    return total
print(varsum(), varsum(1, 2, 3))
