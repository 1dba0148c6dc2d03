class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"
a, d = Animal("cat"), Dog("rex")
print(a.speak(), d.speak(), a, d.kind, isinstance(d, Animal), type(d).__name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p.x)
