# a hand-written record class with generated methods
def record(*fields):
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"expected {len(fields)} arguments, got {len(args)}")
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    def deco(cls):
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = None
        cls.fields = fields
        return cls
    return deco

@record("name", "qty")
class Item:
    def total(self, price):
        return self.qty * price

a = Item("pen", 3)
print(a, a == Item("pen", 3), a == Item("pen", 4), a.total(1.5), Item.fields)
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
