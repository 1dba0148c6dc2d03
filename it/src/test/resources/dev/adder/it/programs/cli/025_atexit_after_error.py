# callbacks run after an uncaught exception, once its traceback is printed
import atexit
atexit.register(print, "cleanup after error")
def fail():
    return {}["missing"]
fail()
