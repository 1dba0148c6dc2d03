# equality between base and subclass instances
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"{type(self).__name__}.__eq__")
        return isinstance(other, Base) and self.v == other.v
class Sub(Base):
    def __eq__(self, other):
        print("Sub.__eq__")
        return isinstance(other, Sub) and self.v == other.v
print(Base(1) == Sub(1))
print(Sub(1) == Base(1))
print(Base(1) != Base(2))
print(Base(1) == 1)
print([Base(3)] == [Base(3)])
