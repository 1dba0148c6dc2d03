import re

bad = [
    "(", ")", "a)", "[a", "[b-a]", "a**", "*a", "a{2,1}", "(?P<1>a)", "(?P<a>x)(?P<a>y)",
    "(?P=nope)", r"\1", r"(a)\2", "(?<=a+)b", "(?<=a|bc)d", "(?x", "(?z)", "a{99999999999}",
    r"\q", "[\\q]", "(?i", "(?P<n", "(?P", "(?(2)a|b)", "(?(1)a|b|c)", r"\x1", r"\u12",
    "(?#unterminated", "x{2}{3}", "a++?", "(?<", "(?P>a)",
    "(?i-i:a)", "(?-x:a)", "(?a:b)(?u:c)", "(?", "a|*",
]
for pat in bad:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "->", e.msg, "|", e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pat), "->", type(e).__name__, e)

try:
    re.compile("abc\n(def\nghi")
except re.error as e:
    print(str(e))
    print(e.pattern == "abc\n(def\nghi", e.pos, e.lineno, e.colno)
try:
    re.compile(b"[z-a]")
except re.error as e:
    print(e, e.pattern)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
