# Async generators driven by hand
def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("loop got", v)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield "sleep"

async def agen(n):
    for i in range(n):
        await Sleep()
        got = yield i
        if got is not None:
            print("agen got", got)

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print("collected", out)
    print([x async for x in agen(2)])
    print({x: x * x async for x in agen(2) if x})
    return "main done"

print(run(main()))
ag = agen(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__)
print(ag.__aiter__() is ag, ag.ag_running, ag.ag_await, ag.ag_frame is not None)
an = ag.__anext__()
print(type(an).__name__, an.__await__() is an)
print(an.send(None))
try:
    an.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    an.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
s = ag.asend("hello")
print(s.send(None))
try:
    s.send(None)
except StopIteration as e:
    print("second value", e.value)
n = ag.__anext__()
n.send(None)
try:
    n.send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
print(ag.ag_frame)
