# match: mapping patterns, **rest, key errors
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle with {sorted(rest.items())}"
        case {1: one, **rest} if not rest:
            return f"only key 1 -> {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {1: "a"},
          {1: "a", 2: "b"}, {}, [("type", "point")], "type"]:
    print(v, "->", m(v))

class D(dict):
    def __missing__(self, key):
        return "missing!"
print(m(D(type="point", x=0)))
print(m(D(type="point", x=0, y=9)))

class Getter:
    def get(self, k, default=None):
        return default
match {"a": 1}:
    case {"a": 1, **kw}:
        print("rest is a dict:", kw, type(kw).__name__)
try:
    match {"a": 1}:
        case {"a": 1, "a": 2}:
            pass
except Exception as e:
    print(type(e).__name__, e)
