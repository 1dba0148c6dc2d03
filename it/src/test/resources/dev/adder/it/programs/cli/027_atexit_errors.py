# atexit's argument checking
import atexit
for args in [(), (1,), ("not callable",)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit._clear(1)
except TypeError as e:
    print("TypeError:", e)
print("ok")
