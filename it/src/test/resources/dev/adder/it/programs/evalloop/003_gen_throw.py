# throw() in its 1- and 3-argument forms, and its errors
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled ValueError", e.args)
        except KeyError:
            print("handled KeyError")
            return "returned"

x = g()
print(next(x))
print(x.throw(ValueError))
print(x.throw(ValueError("inst")))
print(x.throw(ValueError, "val"))
print(x.throw(ValueError, ("a", "b")))
print(x.throw(ValueError, ValueError("same")))
try:
    x.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    x.throw(IndexError("after end"))
except IndexError as e:
    print("IndexError", e)

y = g()
next(y)
for bad in [(1,), (ValueError("x"), 1), (ValueError, None, 5)]:
    try:
        y.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    y.throw()
except TypeError as e:
    print("TypeError:", e)
z = g()
try:
    z.throw(OSError("never started"))
except OSError as e:
    print("unstarted:", e)
print(list(z))
y.throw(RuntimeError("unhandled"))
