# match: dotted values, nested or-patterns binding names, guards evaluated in order
class Codes:
    OK = 200
    NOT_FOUND = 404

def status(code):
    match code:
        case Codes.OK:
            return "ok"
        case Codes.NOT_FOUND | 410:
            return "gone"
        case 500 | 502 | 503 as c:
            return f"server error {c}"
        case int(c) if 400 <= c < 500:
            return "client error"
        case _:
            return "unknown"

print([status(c) for c in [200, 404, 410, 502, 418, 999, "200"]])

def shape(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["pick", "up", *items] if items:
            return f"picking {items}"
        case ["drop", *_, last]:
            return f"dropping ... {last}"
        case [("look" | "l")]:
            return "looking"
        case [("a" | "b") as x, ("c" | "d") as y]:
            return f"{x}{y}"
        case _:
            return "?"

for c in ["go north", "go up", "pick up sword shield", "pick up", "drop a b c", "l", "look", "b d", ""]:
    print(repr(c), "->", shape(c))

calls = []
def guard(name, result):
    calls.append(name)
    return result
match 5:
    case 1 if guard("never", True):
        pass
    case int() if guard("first", False):
        pass
    case int() if guard("second", True):
        print("second guard wins")
print(calls)

match (1, (2, 3), {"k": [4, 5]}):
    case (a, (b, c), {"k": [d, *e]}):
        print(a, b, c, d, e)
x = "unchanged"
match 3:
    case [x]:
        pass
    case _:
        print("x is still", x)
