# exceptions raised in handlers and finally blocks
def f():
    try:
        raise ValueError("first")
    finally:
        print("finally runs")

try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows"
print(g())
def h():
    try:
        raise KeyError("original")
    except KeyError:
        raise TypeError("from handler")
try:
    h()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def k():
    try:
        return "try value"
    finally:
        print("cleanup before return")
print(k())
def m():
    try:
        1 / 0
    finally:
        raise IndexError("from finally")
try:
    m()
except IndexError as e:
    print(repr(e), type(e.__context__).__name__)
