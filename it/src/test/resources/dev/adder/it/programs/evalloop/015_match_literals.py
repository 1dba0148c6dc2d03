# match: literal, capture, wildcard, value, or, as, guard patterns
import sys

class Color:
    RED = "red"
    GREEN = "green"

def describe(x):
    match x:
        case 0 | 1:
            return "small int"
        case True:
            return "unreachable"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case Color.RED:
            return "the color red"
        case 2.5:
            return "two and a half"
        case -3:
            return "minus three"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case (int() | float()) as num:
            return f"number {num}"
        case b"x":
            return "bytes"
        case _:
            return "other"

for v in [0, 1, True, False, None, "hello", "red", 2.5, -3, 500, 7, "abcd", "ab", 3.0, b"x", [], sys]:
    print(repr(v) if v is not sys else "sys", "->", describe(v))

def capture(x):
    match x:
        case y:
            return y * 2
print(capture(21))
match 5:
    case 1:
        print("no")
print("fell through")
