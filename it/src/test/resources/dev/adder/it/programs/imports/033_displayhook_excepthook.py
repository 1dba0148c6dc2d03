import sys
import builtins

sys.displayhook(None)
sys.displayhook(42)
print(builtins._)
sys.displayhook("text")
print(builtins._)
sys.stdout.flush()
try:
    raise ValueError("shown by hook")
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.stderr.flush()
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
