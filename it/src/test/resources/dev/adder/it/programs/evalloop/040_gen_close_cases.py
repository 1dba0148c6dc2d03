# close() with with-blocks, return in finally, delegation chains
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("__exit__ with", t.__name__ if t else None)
        return False

def in_with():
    with CM():
        yield 1
        yield 2

g = in_with()
next(g), g.close()

def return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
h = return_in_finally()
print(next(h), "close returns", h.close())

def level3():
    try:
        yield "deep"
    finally:
        print("level3 finally")
def level2():
    try:
        yield from level3()
    finally:
        print("level2 finally")
def level1():
    try:
        yield from level2()
    finally:
        print("level1 finally")
c = level1()
print(next(c))
c.close()
print(c.gi_frame is None)

def close_self():
    yield me.close()
me = close_self()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def running_delegate():
    yield from running
def target():
    yield next(outer_gen)
running = target()
outer_gen = running_delegate()
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError:", e)

def tb_throw():
    try:
        yield
    except KeyError as e:
        print("got traceback back:", e.__traceback__ is not None)
        yield "ok"
try:
    raise KeyError("with tb")
except KeyError as saved_err:
    saved = saved_err
t = tb_throw()
next(t)
print(t.throw(KeyError, saved, saved.__traceback__))
try:
    t.throw(KeyError, None, 5)
except TypeError as e:
    print("TypeError:", e)
