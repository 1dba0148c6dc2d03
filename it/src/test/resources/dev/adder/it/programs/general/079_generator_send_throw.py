# send, throw and close on generators
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup")
g = guarded()
print(next(g), g.throw(ValueError("bad")))
g.close()
g2 = guarded()
print(next(g2))
g2.close()
print("closed")
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    except GeneratorExit:
        print("exit with", received)
        raise
e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
