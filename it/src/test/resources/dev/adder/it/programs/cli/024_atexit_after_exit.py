# callbacks run after SystemExit too, and the exit status is kept
import atexit, sys
atexit.register(print, "cleanup after exit")
print("exiting with 9")
sys.exit(9)
