# single and multiple inheritance, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"

for a in [Animal("generic"), Cat("tom"), Lion("leo", "west")]:
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Animal, Cat), isinstance(Lion("x", 1), Cat))
print([c.__name__ for c in Lion.__mro__], Lion.__bases__[0].__name__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
