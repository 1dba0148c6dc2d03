# async with, async for over classes
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Manager("a") as x:
        print("inside", x)
    async with Manager("b", True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", e)
    async for i in Counter(3):
        print("count", i)
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("partial", i)
    else:
        print("not reached")
    async with Manager("d") as p, Manager("e") as q:
        print(p, q)
    return "ok"

print(run(main()))
