import sys

calls = []


def hook(value):
    calls.append(value)


sys.displayhook = hook
sys.displayhook(5)
print(calls)
sys.displayhook = sys.__displayhook__
sys.displayhook(6)
import builtins
print(builtins._)
del sys.displayhook
print(hasattr(sys, "displayhook"))
sys.displayhook = sys.__displayhook__
