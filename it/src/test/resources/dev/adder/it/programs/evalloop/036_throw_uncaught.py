# throw() into a suspended delegation chain, uncaught: every generator frame is in the traceback
def inner():
    yield "inner"

def outer():
    yield from inner()

def never_started():
    yield 1

try:
    never_started().throw(KeyError("before start"))
except KeyError as e:
    print("caught", repr(e), e.__traceback__.tb_next.tb_lineno)

g = outer()
print(next(g))
g.throw(ValueError("thrown in"))
