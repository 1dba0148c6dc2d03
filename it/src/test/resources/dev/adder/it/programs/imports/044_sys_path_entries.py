import sys

BASE = __file__.rpartition("/")[0]
saved = list(sys.path)
sys.path[:] = [BASE + "/does/not/exist", 42, None, BASE]
import imptop
print(imptop.TOP)
sys.path[:] = []
try:
    import impfix
except ModuleNotFoundError as e:
    print(e)
sys.path[:] = saved
import impfix
print(impfix.VALUE)
