# cooperative __init__ with super and **kwargs
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        self.base = True
class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person")
        super().__init__(**kw)
p = Person(name="ann", age=3)
print(p.name, p.age, p.base, [c.__name__ for c in Person.__mro__])
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super(B, self).f()
print(B().f(), super(B, B()).f())
