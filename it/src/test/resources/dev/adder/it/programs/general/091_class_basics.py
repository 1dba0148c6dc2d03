# classes, instances, attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self

a = Dog("rex")
b = Dog("fido", 4)
print(a.bark(), b.birthday().age, Dog.count, a.species, Dog.species)
a.species = "own"
print(a.species, b.species, Dog.species)
print(sorted(vars(a)), hasattr(a, "bark"), getattr(b, "age"), getattr(b, "zzz", "missing"))
setattr(b, "color", "brown")
print(b.color, b.__dict__)
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, Dog.__qualname__)
m = a.bark
print(m(), Dog.bark(b))
delattr(b, "color")
print("color" in b.__dict__)
