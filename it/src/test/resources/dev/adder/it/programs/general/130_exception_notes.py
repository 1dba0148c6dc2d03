# add_note and exception groups (3.11)
try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while processing item 3")
        e.add_note("second note")
        raise
except ValueError as e:
    print(e, e.__notes__)
eg = ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
print(repr(eg), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions])
match, rest = eg.split(ValueError)
print([str(x) for x in match.exceptions], [str(x) for x in rest.exceptions])
