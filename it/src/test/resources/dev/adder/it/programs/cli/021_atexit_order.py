# atexit callbacks run after the program, newest first, with their arguments
import atexit
def report(name, *args, **kw):
    print("exit handler", name, args, sorted(kw.items()))
atexit.register(report, "first")
atexit.register(report, "second", 1, 2)
atexit.register(report, "third", key="v")
print("main body done")
