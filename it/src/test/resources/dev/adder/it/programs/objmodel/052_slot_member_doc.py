# Members made by __slots__ (a tuple or a dict of names) have no docstring of their own.
class T:
    __slots__ = ("a",)
print(T.a.__doc__, type(T.a).__doc__, type(T.a).__name__)
class T:
    __slots__ = dict(name="the name", mode="the mode", size=None)
    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.size = 0
t = T("x")
print(t.name, t.mode, t.size, T.mode.__doc__, T.size.__doc__)
class U:
    __slots__ = ("name", "mode")
    def __init__(self):
        self.name = "n"; self.mode = 1
u = U(); print(u.name, u.mode)
