# StopIteration inside a generator becomes RuntimeError
def gen():
    yield 1
    raise StopIteration("oops")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def firsts(its):
    for it in its:
        yield next(iter(it), None)
print(list(firsts([[1], [], "ab"])))
