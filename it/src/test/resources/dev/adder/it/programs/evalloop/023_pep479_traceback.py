# PEP 479: StopIteration leaking out of a generator becomes RuntimeError (chained with "direct cause")
def it_next(it):
    return next(it)

def gen():
    empty = iter([])
    yield "first"
    yield it_next(empty)

g = gen()
print(next(g))
print(next(g))
