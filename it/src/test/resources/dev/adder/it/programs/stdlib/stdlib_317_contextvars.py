# contextvars: variables, tokens, contexts and their errors
import contextvars as cv
import re

def clean(s):
    return re.sub(r'0x[0-9a-f]+', '0x?', s)

v = cv.ContextVar('v')
w = cv.ContextVar('w', default=10)
print(cv.ContextVar.__module__, cv.Context.__name__, cv.Token.__qualname__, repr(cv.Token.MISSING))
print(clean(repr(v)), clean(repr(w)), w.get(), v.get('fallback'), w.get(5), v.name)
try:
    v.get()
except LookupError as e:
    print('LookupError', clean(repr(e.args[0])), e.args[0] is v)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, clean(repr(t)))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', clean(str(e)))
try:
    w.reset(t)
except ValueError as e:
    print('ValueError', clean(str(e)))
ctx = cv.copy_context()
print(len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w), ctx.get(w, 'd'), list(ctx.keys()) == [v], list(ctx.values()))

def work(x):
    v.set(x)
    w.set(x * 2)
    return v.get() + w.get()

print(ctx.run(work, 5), v.get(), w.get(), ctx[v], ctx[w], sorted(ctx.values()))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print('RuntimeError', clean(str(e)))
def other():
    try:
        v.reset(t)
    except ValueError as e:
        print('ValueError', clean(str(e)))
cv.Context().run(other)
c2 = ctx.copy()
print(c2 is not ctx, c2[v], len(c2), dict(c2.items()) == dict(ctx.items()))
for bad in (lambda: ctx[1], lambda: 1 in ctx, lambda: cv.Context(1), lambda: cv.ContextVar(1),
            lambda: cv.Token(), lambda: cv.ContextVar(), lambda: v.reset(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, clean(str(e)))
for base in (cv.ContextVar, cv.Context, cv.Token):
    try:
        class X(base):
            pass
    except TypeError as e:
        print(e)
try:
    v.name = 'x'
except AttributeError as e:
    print(e)
print(cv.ContextVar[int], cv.Token[str])
print(cv.Context().run(lambda *a, **k: (a, k), 1, 2, z=3))
try:
    ctx[cv.ContextVar('fresh')]
except KeyError as e:
    print('KeyError', clean(repr(e.args[0])))
v.reset(1)
