# an exception in a callback is reported and the other callbacks still run
import atexit
class Handler:
    def __repr__(self):
        return "Handler()"
    def __call__(self):
        print("handler runs")
        raise ValueError("handler failed")
atexit.register(print, "runs last")
atexit.register(Handler())
atexit.register(print, "runs first")
print("body")
