# gi_* attributes, __name__, __qualname__
def outer():
    def inner():
        yield 1
        yield 2
    return inner

gen = outer()()
print(gen.__name__, gen.__qualname__)
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name if hasattr(gen.gi_code, "co_name") else "inner")
print(gen.gi_suspended, gen.gi_yieldfrom)
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno)
gen.__name__ = "renamed"
gen.__qualname__ = "Q.renamed"
print(gen.__name__, gen.__qualname__)
try:
    gen.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
list(gen)
print(gen.gi_frame, gen.gi_running, gen.gi_suspended)

def watcher():
    yield me.gi_running
me = watcher()
print(next(me))

def sub():
    yield 1
def dele():
    yield from s
s = sub()
d = dele()
next(d)
print(d.gi_yieldfrom is s)
genexp = (i for i in range(3))
print(genexp.__name__, genexp.__qualname__, type(genexp).__name__)
print(list(genexp), list(genexp))
