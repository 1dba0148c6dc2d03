# throw() and close() forwarded through yield from
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer result", r)
        yield "after"
    except KeyError:
        print("outer caught KeyError")
        yield "outer-recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(next(g, "end"))

g = outer()
next(g)
print(g.throw(KeyError("k")))

g = outer()
next(g)
g.close()
print("closed", g.gi_frame)

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "t"
    def throw(self, *args):
        print("Thrower.throw got", len(args), "args", args[0].__name__ if isinstance(args[0], type) else args[0])
        raise StopIteration("from-throw")
    def close(self):
        print("Thrower.close")

def uses():
    r = yield from Thrower()
    print("result", r)
    yield "end"

u = uses()
print(next(u))
print(u.throw(IndexError))
u2 = uses()
next(u2)
u2.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def uses2():
    yield from NoThrow()
u3 = uses2()
next(u3)
u3.throw(TypeError("no throw method"))
