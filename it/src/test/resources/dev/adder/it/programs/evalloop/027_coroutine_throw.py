# throw() and close() on coroutines awaiting other coroutines and awaitables
class Step:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        try:
            r = yield self.name
        except KeyError as e:
            print("Step", self.name, "caught", repr(e))
            r = "recovered"
        return r

async def inner():
    v = await Step("inner-1")
    print("inner got", v)
    return v

async def outer():
    try:
        r = await inner()
        print("outer got", r)
        await Step("outer-2")
    except ValueError as e:
        print("outer caught", repr(e))
        return "handled"
    return "done"

c = outer()
print(c.send(None))
print(type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("StopIteration", e.value)

c2 = outer()
c2.send(None)
print(c2.close(), c2.cr_frame, c2.cr_await)
c3 = outer()
c3.send(None)
try:
    c3.throw(OSError("unhandled"))
except OSError as e:
    print("OSError propagated", e)
async def ignores():
    try:
        await Step("x")
    except GeneratorExit:
        await Step("y")
c4 = ignores()
c4.send(None)
try:
    c4.close()
except RuntimeError as e:
    print("RuntimeError:", e)
