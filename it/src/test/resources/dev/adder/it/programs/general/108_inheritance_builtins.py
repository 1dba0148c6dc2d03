# subclassing list, dict, str and int
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        self[k] = v = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["b"]
print(dd, len(dd))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u))
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2)
