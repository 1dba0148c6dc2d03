# an uncaught exception with an explicit cause
class ParseError(Exception):
    pass

def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as exc:
            raise ParseError(f"item {s!r} is not a number") from exc
    return out

print(parse_all(["1", "2"]))
parse_all(["3", "four"])
