# list subclasses: overridden methods, operations and iteration.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def __repr__(self):
        return "Stack" + list.__repr__(self)


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, 3 in s)
print(s + [5], type(s + [5]).__name__, sorted(s, reverse=True), list(reversed(s)))


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)

    def __len__(self):
        return 100

    def __iter__(self):
        print("iter")
        return list.__iter__(self)

    def __contains__(self, x):
        print("contains", x)
        return True


g = Logged([10, 20])
print(g[1])
g[0] = 5
print(len(g), 999 in g, bool(Logged()))
for x in g:
    print("item", x)
print(list(g), list.__len__(g))


class Typed(list):
    def __init__(self, *items):
        super().__init__(items)
        self.kind = "typed"


t = Typed(1, 2, 3)
print(t, t.kind, t == [1, 2, 3], isinstance(t, list))
t += [4]
print(t, type(t).__name__)
t *= 2
print(len(t), type(t).__name__)
print(Typed.__mro__[1] is list, Typed().kind)
