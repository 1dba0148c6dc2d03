# default identity-based equality and hashing
class Thing:
    pass
a, b = Thing(), Thing()
print(a == a, a == b, a != b, a is a, len({a, b, a}))
d = {a: "a", b: "b"}
print(d[a], d[b])
print(object() == object(), None == 0, NotImplemented is NotImplemented)
class Same:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
print(Same() == Same(), len({Same(), Same()}), Same() in [1])
