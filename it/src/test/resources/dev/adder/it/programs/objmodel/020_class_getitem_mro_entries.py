# __class_getitem__ and __mro_entries__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], type(Box.__dict__["__class_getitem__"]).__name__)


class SubBox(Box):
    pass


print(SubBox[str])
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)


class Base:
    pass


class Alias:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Base,)


alias = Alias()


class Derived(alias, object if False else int):
    pass


print([k.__name__ for k in Derived.__mro__], Derived.__orig_bases__[0] is alias)


class BadAlias:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class D2(BadAlias()):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D3(5):
        pass
except TypeError as e:
    print("TypeError:", e)
