# match: class patterns with __match_args__, keywords, builtins matching self
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point3(z=z) if z > 0:
            return f"above, z={z}"
        case Point(x, y=y):
            return f"somewhere {x},{y}"
        case Plain(a=1, b=2):
            return "plain with b"
        case Plain(a=av):
            return f"plain a={av}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case bool():
            return "bool"
        case object():
            return "some object"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(0, 0, 0), Point3(1, 1, 4), Point3(1, 1, -1),
          Plain(), 7, 2.5, True, "txt", [9, 8], {"k": "v"}, (1, 2), None, b"b"]:
    print(type(v).__name__, "->", where(v))
p = Plain()
p.b = 2
print(where(p))
class WithProp:
    __match_args__ = ("value",)
    value = 42
match WithProp():
    case WithProp(41):
        print("no")
    case WithProp(v):
        print("class attribute", v)
