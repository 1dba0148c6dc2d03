# frame.clear() on a suspended generator's frame closes the generator (its finally runs); on a running one it is RuntimeError
import sys, traceback, contextlib

def gen(x):
    try:
        yield sys._getframe()
        yield x
    finally:
        print("finally, x =", x)

g = gen(5)
fr = next(g)
fr.clear()
print("cleared")
print(next(g, "exhausted"))

@contextlib.contextmanager
def ctx(tag):
    try:
        raise KeyError(tag)
    except Exception as e:
        saved.append(e)
    try:
        yield
    finally:
        print("closing", tag)

saved = []
with ctx("a"):
    try:
        raise saved[0]
    except KeyError as e:
        traceback.clear_frames(e.__traceback__)
print("after with")

def selfclear():
    f = sys._getframe()
    yield
    f.clear()
    yield
try:
    s = selfclear(); next(s); next(s)
except RuntimeError as e:
    print("RuntimeError", e)

def done():
    yield sys._getframe()
d = done()
f = next(d)
list(d)
f.clear()
print("finished generator frame cleared", d.gi_frame, f.f_locals)

