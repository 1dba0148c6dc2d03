# yield from: values, return value, send forwarding, iterables
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    r2 = yield from [10, 20]
    print("list result", r2)
    r3 = yield from range(2)
    yield from "ab"
    return r3

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom-done")
        return self.n

def uses_custom():
    r = yield from It()
    print("custom result", r)

print(list(uses_custom()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 0}, (x * 2 for x in range(3)))))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
d = deep(50)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)
def bad():
    yield from 5
list(bad())
