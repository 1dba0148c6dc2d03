# str subclasses: new, overridden methods, operations returning plain str.
class Tag(str):
    def __new__(cls, value, level=0):
        obj = super().__new__(cls, value.upper())
        obj.level = level
        return obj

    def shout(self):
        return self + "!"

    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.level})"


t = Tag("hello", 2)
print(t, repr(t), t.level, t.shout(), type(t.shout()).__name__)
print(len(t), t[1], t.lower(), type(t.lower()).__name__, t == "HELLO", hash(t) == hash("HELLO"))
print(isinstance(t, str), "ELL" in t, t + "x", type(t + "x").__name__, {t: 1}["HELLO"])


class Loud(str):
    def __str__(self):
        return "LOUD " + str.__str__(self)

    def __len__(self):
        return 99

    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


l = Loud("q")
print(str(l), len(l), l == "zzz", f"{l}", "%s" % "x", print is not None)
print(Tag.__mro__[1].__name__, type(str(t)).__name__)


class Empty(str):
    pass


e = Empty("abc")
e.attr = 1
print(e, e.attr, e.upper(), type(e).__name__, e * 2, type(e[0:1]).__name__)
try:
    Tag(5)
except AttributeError as ex:
    print("AttributeError:", ex)
