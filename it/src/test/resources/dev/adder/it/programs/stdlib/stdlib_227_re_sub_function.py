import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "a1 b20 c300"))
print(re.subn(r"\d+", double, "a1 b20 c300"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
calls = []
def record(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos))
    return "#"
print(re.sub(r"a|", record, "bab"))
print(calls)
print(re.sub(r"(?P<n>\d)", lambda m: m.expand(r"<\g<n>>"), "x1y2"))
print(re.sub(rb"\d", lambda m: b"%d" % (int(m.group()) + 1), b"a1b9"))

class Repl:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return "%s%d" % (m.group(), self.n)

r = Repl()
print(re.sub(r"x", r, "xaxbx"), r.n)
print(re.sub(r"\w+", lambda m: m.group()[::-1], "abc def", count=1))
try:
    re.sub(r"a", lambda m: 1, "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(r"a", lambda m: None, "abca")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(r"a", lambda m: b"x", "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(rb"a", lambda m: "x", b"abc")
except TypeError as e:
    print("TypeError:", e)
def boom(m):
    raise ValueError("boom at %d" % m.start())
try:
    re.sub(r"b", boom, "abc")
except ValueError as e:
    print("ValueError:", e)
