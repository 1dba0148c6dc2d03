# except* with bare exceptions (wrapped into a group as CPython does)
def f(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("ValueError handler:", type(eg).__name__, repr(eg.args[0]), len(eg.args[1]),
              type(eg.args[1][0]).__name__)
    except* (KeyError, IndexError) as eg:
        print("lookup handler:", type(eg).__name__)
    print("after try")

f(ValueError("v"))
f(KeyError("k"))
f(IndexError())
try:
    f(TypeError("not handled"))
except TypeError as e:
    print("escaped:", type(e).__name__, e)

def g():
    try:
        raise ValueError(1)
    except* ValueError:
        print("in handler")
        raise KeyError("from handler")
try:
    g()
except KeyError as e:
    print("raised in except*:", repr(e), type(e.__context__).__name__)

def h():
    try:
        raise ValueError(2)
    except* ValueError:
        raise
try:
    h()
except ExceptionGroup as e:
    print("bare raise re-raises the wrapped group:", type(e).__name__, len(e.args[1]), repr(e.args[1][0]))

def k():
    try:
        pass
    except* ValueError:
        print("not run")
    else:
        print("else runs")
    finally:
        print("finally runs")
k()
try:
    try:
        raise ValueError
    except* 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
