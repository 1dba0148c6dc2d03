# A class defined before the first import: each class's attribute lookups must see its own
# namespace (type version tags are never shared between two classes).
class P:
    pass


class Q(P):
    def __new__(cls, *args):
        return super().__new__(cls)


import enum
import re

print(enum.Enum.__new__.__qualname__)
print(re.VERBOSE | re.MULTILINE | re.DOTALL)


class Color(enum.IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4


print(Color.RED | Color.BLUE, repr(Color.GREEN | Color.BLUE), Color(3))
print(type(Q()).__name__, Q.__new__.__qualname__, P.__new__ is object.__new__)
for t in (int, str, list, dict, type, object, P, Q, Color):
    print(t.__name__, t.__new__.__qualname__ if hasattr(t.__new__, "__qualname__") else t.__new__,
          t.__init__.__qualname__, t.__repr__.__qualname__)
