import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
m = p.match("2024-03")
print(m.group("year"), m["month"], m.group("day"))
print(m.groupdict(), m.groupdict("??"), m.groupdict(default=None))
print(m.lastgroup, m.lastindex)
print(p.groupindex, type(p.groupindex).__name__, p.groups)
print(dict(p.groupindex), sorted(p.groupindex))
print(m.span("month"), m.start("year"), m.end("month"))
m = p.search("on 1999-12-31!")
print(m.groupdict(), m.group("day", "year"), m.lastgroup)
print(re.compile(r"(a)(b)").groupindex)
q = re.compile(r"(?P<word>\w+) (?P=word)")
print(q.search("hello hello world"), q.search("hello world"))
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.lastgroup, m.groupdict())
m = re.match(r"(?P<outer>a(?P<inner>b))", "ab")
print(m.lastgroup, m.lastindex, m.groupdict())
m = re.match(r"(?P<a>.)(?P<b>.)(?P<c>.)", "xyz")
print([m[n] for n in "abc"], m[1], m[3])
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(?P<d>\d)", r"<\g<d>\g<0>\g<1>>", "a1b2"))
