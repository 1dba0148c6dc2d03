# SystemExit is an exception like the others until it leaves the program
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args)
try:
    raise SystemExit("msg", 1)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("none code", e.code)
try:
    sys.exit([1, 2])
except BaseException as e:
    print("list code", e.code, isinstance(e, Exception))
print("done")
