# names and qualified names of classes and methods
class Outer:
    class Inner:
        def method(self):
            return type(self).__qualname__
    def get(self):
        return self.Inner()
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer().get().method())
print(Outer.__module__, Outer.Inner.method.__qualname__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__name__, L.__qualname__)
print(type(Outer).__name__, type(type).__name__, type(1).__name__, type(None).__name__)
print(int.__name__, list.__qualname__, object.__name__)
print(repr(int), repr(Outer)[:16], str(type(3.5)))
