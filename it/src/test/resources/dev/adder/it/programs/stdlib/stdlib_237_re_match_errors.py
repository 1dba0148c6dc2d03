import re

m = re.match(r"(?P<a>x)(y)?", "xy")
for g in [0, 1, 2, "a", -1, 3, "b", 1.0, None, True]:
    try:
        print(repr(g), m.group(g))
    except (IndexError, TypeError) as e:
        print(repr(g), type(e).__name__, e)
for g in [3, "zz"]:
    for meth in (m.start, m.end, m.span):
        try:
            meth(g)
        except IndexError as e:
            print(meth.__name__, type(e).__name__, e)
try:
    m[5]
except IndexError as e:
    print("getitem", e)
try:
    m[[1]]
except (IndexError, TypeError) as e:
    print("getitem list", type(e).__name__, e)
try:
    m.group(0, 9)
except IndexError as e:
    print("group multi", e)
try:
    m.start(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    m.groups(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    m.expand(r"\3")
except re.error as e:
    print("error:", e)
try:
    m.expand(r"\g<bad name>")
except re.error as e:
    print("error:", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError:", e)
try:
    m.pos = 3
except AttributeError as e:
    print("AttributeError")
print(m.expand(r"[\g<a>|\2|\g<0>]"), m.expand(b"x" if False else "\\1\\n"))
print(repr(m), bool(m), m.__copy__() is m)
print(m.__deepcopy__({}) is m, type(m).__copy__(m) is m)
print(re.match("a", "a").lastgroup, re.match("(a)", "a").lastgroup)
