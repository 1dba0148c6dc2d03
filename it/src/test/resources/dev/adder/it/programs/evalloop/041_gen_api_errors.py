# Argument errors of the generator, coroutine and async generator methods
def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def g():
    yield 1
async def a():
    yield 1
async def c():
    return 1

t("throw()", lambda: g().throw())
t("athrow()", lambda: a().athrow())
t("athrow() awaited", lambda: a().athrow().send(None))
t("athrow(1, 2, 3, 4) awaited", lambda: a().athrow(1, 2, 3, 4).send(None))
t("send()", lambda: g().send())
t("send(1, 2)", lambda: g().send(1, 2))
t("send(v=1)", lambda: g().send(v=1))
t("asend()", lambda: a().asend())
t("throw 4 args", lambda: g().throw(ValueError, 1, 2, 3))
t("__next__(1)", lambda: g().__next__(1))
t("f_lineno before start", lambda: g().gi_frame.f_lineno)
print(g().gi_frame.f_lineno, a().ag_frame.f_lineno)
t("next(anext)", lambda: next(a().__anext__()))
t("anext().throw", lambda: a().__anext__().throw(ValueError))
t("aclose().throw", lambda: a().aclose().throw(ValueError))
try:
    next(a().__anext__())
except StopIteration as e:
    print("StopIteration value", e.value)
w = c().__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper StopIteration value", e.value)

class Pause:
    def __await__(self):
        yield "paused"
async def waiter():
    await Pause()
async def awaits(co):
    return await co
inner = waiter()
inner.send(None)
t("await a suspended coroutine", lambda: awaits(inner).send(None))
inner.close()
async def selfawait():
    await me
me = selfawait()
t("await itself", lambda: me.send(None))
x = g()
t("throw StopIteration", lambda: x.throw(StopIteration))
print(list(x))
