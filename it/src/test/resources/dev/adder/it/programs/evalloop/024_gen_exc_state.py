# The exception being handled is saved and restored across yields
def g():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield "in handler"
        raise

it = g()
print(next(it))
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(it)
    except ValueError as e:
        print("re-raised:", repr(e), "context:", repr(e.__context__))

def h():
    yield 1
    raise TypeError("from h")

try:
    raise OSError("outer")
except OSError:
    it2 = h()
    next(it2)
    try:
        next(it2)
    except TypeError as e:
        print("TypeError context:", repr(e.__context__))

def k():
    try:
        yield
    except ZeroDivisionError as e:
        print("thrown in:", repr(e), "context:", repr(e.__context__))
        yield "handled"
it3 = k()
next(it3)
try:
    raise IndexError("while throwing")
except IndexError:
    print(it3.throw(ZeroDivisionError("z")))

def l():
    try:
        yield 1
    finally:
        print("finally sees no exception")
for _ in l():
    pass
def m():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "a"
    yield "b"
    raise
list_m = m()
print(next(list_m), next(list_m))
next(list_m)
