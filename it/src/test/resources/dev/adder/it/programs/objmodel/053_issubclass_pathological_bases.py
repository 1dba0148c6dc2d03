# issubclass() over objects whose __bases__ lists themselves again and again: each base is a level
# of recursion, so the search ends with RecursionError instead of running for ever (bpo-30570).
import sys


class X:
    @property
    def __bases__(self):
        return (self, self, self)


class Y:
    def __init__(self, depth):
        self.depth = depth

    @property
    def __bases__(self):
        return (Y(self.depth + 1),) * 2 if self.depth < 5 else ()


sys.setrecursionlimit(200)
for cls in (int, X()):
    try:
        issubclass(X(), cls)
    except RecursionError as e:
        print("RecursionError", e)
print(issubclass(Y(0), int))
try:
    print(isinstance(1, X()))
except (RecursionError, TypeError) as e:
    print(type(e).__name__, e)
