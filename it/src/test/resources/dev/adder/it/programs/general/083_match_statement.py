# structural pattern matching
def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str(s):
            return f"string {s}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"seq starting {first} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, -5, 3, 2.5, "", "hi", [1, 2], [1, 2, 3], (), {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 1, "h": 2}, None, {1, 2}]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"
print([where(Point(a, b)) for a, b in [(0, 0), (0, 3), (4, 0), (1, 1)]])
