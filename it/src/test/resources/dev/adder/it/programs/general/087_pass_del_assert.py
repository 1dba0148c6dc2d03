# pass, del and assert
def nothing():
    pass
class Nothing:
    pass
print(nothing(), Nothing.__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
a = [1, 2, 3]
b = {"k": 1}
del a[0], b["k"]
print(a, b)
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
assert True, "not raised"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("bare", repr(e), e.args)
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
