# ordering methods and reflection
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == Version("1.2"), a != b)
class Left:
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented
class Right:
    def __gt__(self, other):
        print("Right.__gt__")
        return True
print(Left() < Right())
try:
    Left() < Left()
except TypeError as e:
    print("TypeError:", e)
