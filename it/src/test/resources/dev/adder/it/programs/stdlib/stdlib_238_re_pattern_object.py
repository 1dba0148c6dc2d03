import re

p = re.compile(r"(?P<x>\d+)\s*(\w)")
print(p, p.pattern, p.groups, p.flags, p.groupindex)
print(re.compile("a", re.I), re.compile("a", re.I | re.S | re.X))
print(re.compile("a", re.M | re.A), re.compile(b"a"), re.compile(b"a", re.I))
print(re.compile("a", re.U), re.compile("(?i)a"), re.compile("a", re.DEBUG & 0))
print(repr(re.compile("x" * 300))[-10:], len(repr(re.compile("y" * 300))))
print(re.compile("'quoted'"), re.compile('"dq"'), re.compile("new\nline"))
a = re.compile(r"\d+")
b = re.compile(r"\d+")
c = re.compile(r"\d+", re.I)
print(a == b, a != b, a == c, a == r"\d+", hash(a) == hash(b))
print(re.compile(b"x") == re.compile("x"))
print(re.compile(a) is a, re.compile(r"\d+") is re.compile(r"\d+"))
try:
    re.compile(a, re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(123)
except TypeError as e:
    print("TypeError:", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)
print(a.__eq__(5), a.__lt__(b))
try:
    a.flags = 3
except AttributeError:
    print("AttributeError")
print(a.__copy__() is a, a.__deepcopy__({}) is a)
print(type(a).__name__, type(a).__module__, type(a).__qualname__)
print(type(re.match("a", "a")).__name__, type(re.match("a", "a")).__module__)
print(isinstance(a, re.Pattern), isinstance(re.match("a", "a"), re.Match))
d = {a: 1}
print(d[b])
print(re.compile(r"(a)(b)(c)(?:d)").groups, re.compile("").groups)
print(re.search(a, "ab12"), re.match(a, "34"))
