# wrong return types from special methods
class BadLen:
    def __len__(self):
        return -1
class BadLen2:
    def __len__(self):
        return "3"
class BadBool:
    def __bool__(self):
        return 1
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadIter:
    def __iter__(self):
        return 42
class BadHash:
    def __hash__(self):
        return "h"
class BadIndex:
    def __index__(self):
        return 1.5
cases = [lambda: len(BadLen()), lambda: len(BadLen2()), lambda: bool(BadBool()), lambda: repr(BadRepr()),
         lambda: str(BadStr()), lambda: iter(BadIter()), lambda: hash(BadHash()), lambda: [1][BadIndex()]]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
