# Async comprehensions and async generator expressions
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def arange(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    print([x async for x in arange(4)])
    print([await double(x) for x in range(3)])
    print({x async for x in arange(3)})
    print({x: await double(x) async for x in arange(3) if x != 1})
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([y for x in range(2) async for y in arange(x + 1)])
    agen = (x * 10 async for x in arange(3))
    print(type(agen).__name__)
    print([v async for v in agen])
    gen_of_awaits = (await double(x) for x in range(2))
    print(type(gen_of_awaits).__name__, [v async for v in gen_of_awaits])
    total = 0
    async for v in (x async for x in arange(5) if x % 2):
        total += v
    return total

print(run(main()))
