# An exception escaping a coroutine chain driven by hand: the traceback lists each coroutine
class Pause:
    def __await__(self):
        yield "pause"

async def fails(n):
    await Pause()
    return {}[n]

async def middle():
    return await fails("missing")

async def top():
    print("start")
    v = await middle()
    print("never", v)

c = top()
print(c.send(None))
c.send(None)
