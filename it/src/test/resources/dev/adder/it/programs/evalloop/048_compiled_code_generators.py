# Generators run compiled once hot: send, throw, close, yield from, return values and exceptions
# raised through compiled frames.
def gen(n):
    for i in range(n):
        x = yield i * 2
        if x:
            print("got", x)
    return 'done'


def outer():
    r = yield from gen(3)
    print("ret", r)
    try:
        yield 100
    except ValueError as e:
        print("caught", e)
        yield 200
    finally:
        print("finally")


def fails(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


for k in range(1500):
    total = sum(gen(5)) + sum(x for x in range(10) if x % 2)
print(total)
for k in range(3):
    g = outer()
    print(next(g), g.send(5), next(g), next(g))
    print(g.throw(ValueError("boom")))
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
caught = 0
for k in range(1200):
    try:
        list(fails(5))
    except KeyError as e:
        caught += e.args[0]
print(caught)
g = gen(10)
next(g)
g.close()
print(list(g))


def exc_in_loop(n):
    hits = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            hits += 1
        except ValueError:
            hits -= 1
        finally:
            hits += 2
    return hits


print(exc_in_loop(5000))
