# A generator that only a for loop holds is closed when the loop drops it (break, return, raise).
def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)
for x in gen("a"):
    if x == 2:
        break
print("after a")
def f():
    for x in gen("b"):
        if x == 1:
            return x
print("f", f(), "after b")
try:
    for x in gen("c"):
        if x == 3:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)
g = gen("d")
for x in g:
    break
print("d still open", g.gi_frame is not None); g.close()
class C:
    def items(self):
        yield from gen("e")
for x in C().items():
    break
print("after e")
print(sum(x for x in gen("f")))
def outer():
    for y in gen("inner"):
        yield y
o = outer()
print(next(o))
o.close()
print("closed outer")
def deep():
    for x in gen("g"):
        raise KeyError(x)
try:
    deep()
except KeyError as e:
    print("keyerror", e)
