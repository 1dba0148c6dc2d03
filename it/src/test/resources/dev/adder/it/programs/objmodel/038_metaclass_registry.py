# A metaclass that registers classes, adds methods, and customizes repr/attribute access on classes.
class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns):
        ns.setdefault("kind", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls

    def __repr__(cls):
        return f"<registered {cls.__name__}>"

    def __getattr__(cls, name):
        return f"{cls.__name__} has no {name}"

    def __len__(cls):
        return len(cls.__dict__)

    def __iter__(cls):
        return iter(sorted(k for k in ["kind", "x"] if k in cls.__dict__) if False else ["it"])


class Animal(metaclass=Registry):
    x = 1


class Dog(Animal):
    kind = "canine"


print(sorted(Registry.classes), Animal.kind, Dog.kind, repr(Dog), Dog.missing, Dog.x)
print(len(Animal) > 0, list(Dog), type(Dog) is Registry, isinstance(Dog(), Animal))


class Final(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if isinstance(b, Final):
                raise TypeError(f"cannot subclass final class {b.__name__}")
        return super().__new__(mcls, name, bases, ns)


class Sealed(metaclass=Final):
    pass


try:
    class Child(Sealed):
        pass
except TypeError as e:
    print("TypeError:", e)


def functional_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class ViaFunction(metaclass=functional_meta):
    pass


print(ViaFunction.made_by, type(ViaFunction).__name__)


class NotAMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Broken(metaclass=NotAMapping):
        pass
except TypeError as e:
    print("TypeError:", e)
