# exceptions raised by callbacks and inputs pass through the iterators unchanged
import itertools as it

class Boom(Exception):
    pass

def bad(*args):
    raise Boom("from callback %r" % (args,))

def failing_gen():
    yield 1
    yield 2
    raise Boom("from source")

cases = [
    ("accumulate func", lambda: it.accumulate([1, 2], bad)),
    ("dropwhile", lambda: it.dropwhile(bad, [1])),
    ("takewhile", lambda: it.takewhile(bad, [1])),
    ("filterfalse", lambda: it.filterfalse(bad, [1])),
    ("groupby key", lambda: it.groupby([1], bad)),
    ("starmap", lambda: it.starmap(bad, [(1, 2)])),
    ("chain source", lambda: it.chain(failing_gen())),
    ("islice source", lambda: it.islice(failing_gen(), 5)),
    ("cycle source", lambda: it.cycle(failing_gen())),
    ("pairwise source", lambda: it.pairwise(failing_gen())),
    ("zip_longest source", lambda: it.zip_longest(failing_gen(), "abcd")),
    ("compress selectors", lambda: it.compress("abc", failing_gen())),
    ("tee source", lambda: it.tee(failing_gen())[1]),
    ("accumulate add", lambda: it.accumulate([1, None])),
]
for label, make in cases:
    got = []
    obj = make()
    try:
        for x in obj:
            got.append(x)
    except Exception as e:
        print(label, got, type(e).__name__, e)
    else:
        print(label, got, "no error")
# eager ones raise while being made
for label, make in [("product", lambda: it.product(failing_gen())),
                    ("permutations", lambda: it.permutations(failing_gen())),
                    ("combinations", lambda: it.combinations(failing_gen(), 1))]:
    try:
        make()
    except Boom as e:
        print(label, "Boom", e)
# a StopIteration raised by a callback comes out of next()
def stop(x):
    raise StopIteration("cb")
for make in [lambda: it.starmap(stop, [(1,)]), lambda: it.takewhile(stop, [1])]:
    try:
        next(make())
    except StopIteration as e:
        print("StopIteration", e.args)
# the tee keeps working after its source raised once
a, b = it.tee(failing_gen())
print(next(a), next(a), next(b))
try:
    next(a)
except Boom as e:
    print("Boom", e)
print(next(b), next(a, "end"), next(b, "end"))
