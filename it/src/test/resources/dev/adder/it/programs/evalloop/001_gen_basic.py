# Generators: next, send, return value, exhaustion
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("received", got)
            i = got
        else:
            i += 1
    return "finished"

print(list(count(4)))
g = count(10)
print(next(g), next(g))
print(g.send(7))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(g.send(None) if False else "skip")
try:
    g.send(5)
except StopIteration as e:
    print("send after end:", e.args)

def empty():
    return
    yield
print(list(empty()))
def ret_none():
    yield 1
    return None
r = ret_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("none ret:", e.args, e.value)
print(next(iter(count(2))), next(count(3), "dflt"))
print(next(empty(), "dflt"))
for v in count(3):
    print("for", v)
print(type(count(1)).__name__, iter(g) is g)
