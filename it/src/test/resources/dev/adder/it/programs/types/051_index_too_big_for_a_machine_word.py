# An index or count past a machine word: IndexError for items, OverflowError for
# repeat counts and list.pop/insert, with CPython's messages.
from collections import deque

l = [1]
cases = [
    "l[2**70]", "l[-2**70]", "l[2**63]", "l[2**63 - 1]", "l[-2**63]",
    "l[2**70] = 1", "del l[2**70]",
    "l.pop(2**70)", "l.pop(-2**70)", "l.insert(2**70, 5)", "l.insert(-2**70, 3)",
    "(1,)[2**70]", "'ab'[2**70]", "b'ab'[2**70]", "bytearray(b'a')[2**70]",
    "bytearray(b'a')[2**70] = 1", "memoryview(b'a')[2**70]",
    "memoryview(bytearray(b'a'))[2**70] = 1", "range(3)[2**70]", "deque([1])[2**70]",
    "[1] * 2**70", "[1] * -2**70", "(1,) * 2**70", "'a' * 2**70", "b'a' * 2**70",
    "[] * 2**70", "2**70 * [1]", "l * -3", "l[True]", "l[False]",
]
for op in cases:
    try:
        exec(op)
        print(op, "ok", l)
    except Exception as e:
        print(op, type(e).__name__, e)

class Big:
    def __index__(self):
        return 2**80

for op in ["l[Big()]", "[0] * Big()", "l.pop(Big())"]:
    try:
        exec(op)
        print(op, "ok")
    except Exception as e:
        print(op, type(e).__name__, e)
