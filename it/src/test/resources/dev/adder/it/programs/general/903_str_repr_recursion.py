# str/repr that recurse through slot wrappers raise RecursionError; object.__str__ uses the repr slot unchecked
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr):
    try:
        f(foo)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)

class Bar:
    def __str__(self):
        return str(self)
try:
    str(Bar())
except RecursionError:
    print("Bar RecursionError")

class R:
    def __repr__(self):
        return 5
for f in (str, repr, format):
    try:
        f(R())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

class S(str):
    def __str__(self):
        return 7
try:
    str(S("x"))
except TypeError as e:
    print("S TypeError:", e)

print(str(5), repr("a"), str([1, "b"]), object.__str__(3), int.__repr__(4))
print(Foo.__str__ is object.__str__, type(object.__str__).__name__)
