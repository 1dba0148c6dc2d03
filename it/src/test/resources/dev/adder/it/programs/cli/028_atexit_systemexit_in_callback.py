# SystemExit in a callback is reported, not obeyed: the status stays 0
import atexit, sys
atexit.register(sys.exit, 5)
atexit.register(print, "before the exiting callback")
print("body")
