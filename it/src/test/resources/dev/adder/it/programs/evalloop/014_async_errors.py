# Errors of async for / async with
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def afor(obj):
    async for x in obj:
        pass

async def awith(obj):
    async with obj:
        pass

class NoAnext:
    def __aiter__(self):
        return 5
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class OnlyEnter:
    async def __aenter__(self):
        return 1
class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1

cases = [(afor, [1, 2]), (afor, NoAnext()), (afor, BadAnext()), (awith, 1), (awith, OnlyEnter()),
         (awith, BadEnter()), (awith, BadExit())]
for fn, arg in cases:
    try:
        run(fn(arg))
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)

class Raising:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")
try:
    run(afor(Raising()))
except ValueError as e:
    print("ValueError:", e)
run(afor([]))
