# Yields inside try/finally, with blocks and loops; generators as methods
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)
        return False

def reader(names):
    for n in names:
        with Res(n) as r:
            try:
                yield r.name + "-1"
                yield r.name + "-2"
            finally:
                print("finally", n)

print(list(reader(["a", "b"])))
g = reader(["x", "y"])
print(next(g))
print(next(g))
print(next(g))
g.close()
g = reader(["p"])
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError out", e)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(3), Tree(4)), Tree(5))
print(list(t))
print(list(t.depth_first()))
print(sum(Tree(10, Tree(20))))
def loop_with_break():
    i = 0
    while True:
        try:
            if i == 3:
                break
            yield i
        finally:
            i += 1
    yield "end"
print(list(loop_with_break()))
