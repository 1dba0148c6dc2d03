# close(), GeneratorExit, finally blocks
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

x = g()
print(next(x))
print(x.close())
print(x.close())
print(list(x))

def ignore():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2

y = ignore()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(y, "exhausted"))

def catch_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return 5

z = catch_and_return()
next(z)
print(z.close())

def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

w = raise_other()
next(w)
try:
    w.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

never = g()
print(never.close(), list(never))
def exit_reraised():
    try:
        yield
    except GeneratorExit:
        print("re-raising")
        raise
e = exit_reraised()
next(e)
print(e.close())
