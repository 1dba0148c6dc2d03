# Coroutines driven by hand
def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("yielded to the loop:", v)
    except StopIteration as e:
        return e.value

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("waiting", self.v)
        return self.v * 10 if got is None else got

async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y

async def main():
    r = await add(1, 2)
    print("add ->", r)
    rs = [await add(i, i) for i in range(2)]
    return rs

print(run(main()))
c = add(5, 6)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
w = add(1, 1).__await__()
print(type(w).__name__, next(w), iter(w) is w)
try:
    w.send(3)
except StopIteration as e:
    print("wrapper result", e.value)
