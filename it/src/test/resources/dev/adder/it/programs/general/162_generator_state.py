# generator objects: state, exhaustion and reuse
def gen():
    yield 1
    yield 2
g = gen()
print(list(g), list(g))
g = gen()
it = iter(g)
print(it is g, next(g), next(it))
try:
    next(g)
except StopIteration:
    print("exhausted")
ge = (c.upper() for c in "abc")
print(next(ge), "".join(ge))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
print(type(gen).__name__, type(gen()).__name__, gen.__name__, gen().__name__)
