# user-defined descriptors
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Product:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty

p = Product(3, 4)
print(p.price, p.qty, p.price * p.qty, type(Product.price).__name__)
try:
    p.qty = 0
except ValueError as e:
    print("ValueError:", e)
class Const:
    def __get__(self, obj, t):
        return 42
class Holder:
    answer = Const()
h = Holder()
h.__dict__["answer"] = "instance wins for non-data descriptors"
print(h.answer, Holder.answer)
