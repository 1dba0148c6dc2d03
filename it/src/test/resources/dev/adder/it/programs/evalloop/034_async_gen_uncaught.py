# An exception inside an async generator under async for, uncaught
def run(coro):
    while True:
        coro.send(None)

async def numbers():
    yield 1
    yield 2
    raise ValueError("no more numbers")

async def consume():
    async for n in numbers():
        print("got", n)

run(consume())
