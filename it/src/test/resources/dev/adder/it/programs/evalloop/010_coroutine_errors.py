# Errors of await
async def aw(x):
    return await x

for bad in [1, "s", None, [1]]:
    try:
        aw(bad).send(None)
    except TypeError as e:
        print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
try:
    aw(BadAwait()).send(None)
except TypeError as e:
    print("TypeError:", e)

async def simple():
    return 1
inner = simple()
class CoroAwait:
    def __await__(self):
        return inner
try:
    aw(CoroAwait()).send(None)
except TypeError as e:
    print("TypeError:", e)
inner.close()

c = simple()
try:
    c.send("x")
except TypeError as e:
    print("TypeError:", e)
print(c.close(), c.close())
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = simple()
try:
    for x in c2:
        pass
except TypeError as e:
    print("TypeError:", e)
c2.close()
c3 = simple()
def gen():
    yield from c3
try:
    list(gen())
except TypeError as e:
    print("TypeError:", e)
c3.close()
async def stop():
    raise StopIteration(3)
try:
    stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def reawait(co):
    await co
    await co
try:
    reawait(simple()).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
