# functools.cached_property: computed once per instance, stored in __dict__, deletable
import functools

class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, type(Data.__dict__["total"]).__name__, Data.total.attrname)
print(Data([5]).total, Data.total.__doc__)

class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print(e)
try:
    class Twice:
        @functools.cached_property
        def a(self):
            return 1
        b = a
except TypeError as e:
    print(type(e).__name__, e)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(Data([]))
except TypeError as e:
    print(e)
print(cp.__get__(None, Data) is cp)
