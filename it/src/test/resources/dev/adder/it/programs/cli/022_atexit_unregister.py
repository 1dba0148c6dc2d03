# unregister removes every registration of a function
import atexit
def a():
    print("a")
def b():
    print("b")
atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
r = atexit.register(print, "print registered")
print(r is print)
print("body")
