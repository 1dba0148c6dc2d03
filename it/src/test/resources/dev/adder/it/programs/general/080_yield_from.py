# delegation with yield from
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(3)
    yield from ["a", "b"]

g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], (x for x in "yz"))))
