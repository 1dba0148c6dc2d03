# operator.index: ints and __index__ objects give an exact int; anything else is TypeError
import operator, random
class I(int): pass
class X:
    def __index__(self): return 7
class Bad:
    def __index__(self): return "no"
print(repr(operator.index(True)), type(operator.index(I(3))).__name__, operator.index(X()), operator.__index__(5))
for v in [1.5, "3", None, Bad()]:
    try:
        operator.index(v)
    except TypeError as e:
        print("TypeError", e)
try:
    operator.index()
except TypeError as e:
    print("TypeError", e)
try:
    random.randrange(10.0, 20, 2)
except TypeError as e:
    print("TypeError", e)
print(operator.index.__name__)
