# Generator error cases
def g():
    yield 1
    yield 2

x = g()
try:
    x.send(1)
except TypeError as e:
    print("TypeError:", e)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    yield 1
    raise StopIteration("inner")
s = stop_inside()
print(next(s))
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def raiser():
    yield 1
    raise KeyError("k")
r = raiser()
next(r)
try:
    next(r)
except KeyError as e:
    print("KeyError:", e)
try:
    next(r)
except StopIteration:
    print("finished after raising")

def zero():
    yield 1 / 0
try:
    list(zero())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
list(stop_inside())
