# yield in various expression positions
def echo():
    received = []
    x = yield
    received.append(x)
    y = (yield 1) + (yield 2)
    received.append(y)
    z = [(yield "a"), (yield "b")]
    received.append(z)
    d = {"k": (yield "in dict")}
    received.append(d)
    f"{(yield 'in fstring')}"
    if (yield "cond"):
        received.append("true branch")
    return received

g = echo()
print(next(g))
for v in [10, 20, 30, "A", "B", "D", "F", True]:
    try:
        print(g.send(v))
    except StopIteration as e:
        print("returned", e.value)

lam = lambda: (yield 5)
lg = lam()
print(type(lg).__name__, next(lg))
def yield_in_args():
    print("args", (yield 1), (yield 2))
    yield "done"
ya = yield_in_args()
print(next(ya), ya.send("p"), ya.send("q"))
def yield_tuple():
    yield 1, 2
    yield
    x = yield from ()
    yield x
print(list(yield_tuple()))
def gen_method_next():
    yield "via __next__"
gm = gen_method_next()
print(gm.__next__())
try:
    gm.__next__()
except StopIteration:
    print("__next__ raises StopIteration")
