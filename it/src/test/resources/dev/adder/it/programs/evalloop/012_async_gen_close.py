# athrow / aclose of async generators
def drive(aw):
    try:
        while True:
            print("yielded", aw.send(None))
    except StopIteration as e:
        return ("stop", e.value)
    except StopAsyncIteration:
        return "stop-async"

async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")

ag = agen()
print(drive(ag.__anext__()))
print(drive(ag.athrow(ValueError("boom"))))
print(drive(ag.aclose()))
print(drive(ag.__anext__()))

ag2 = agen()
print(drive(ag2.__anext__()))
try:
    drive(ag2.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError propagated", e)
print(drive(ag2.aclose()))

async def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ag3 = ignorer()
drive(ag3.__anext__())
try:
    drive(ag3.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

async def stopper():
    yield 1
    raise StopAsyncIteration
ag4 = stopper()
drive(ag4.__anext__())
try:
    drive(ag4.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = agen()
print(drive(unstarted.aclose()))
print(drive(unstarted.__anext__()))
a = ag.aclose()
drive(a)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
