import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (\w+))?", "Ada Lovelace")
print(m.expand(r"\2, \1"))
print(m.expand(r"\g<last>, \g<first>!"))
print(m.expand(r"\g<0> [\g<3>]"))
print(repr(m.expand(r"\n\t\\")))
print(m.expand("plain"))
print(m.expand(template=r"\1"))
for t in [r"\4", r"\g<4>", r"\g<nope>", r"\g<", r"\g<1", r"\g<-1>", r"\q", "\\"]:
    try:
        print(repr(t), m.expand(t))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
mb = re.match(rb"(\w+)=(\w+)", b"key=value")
print(mb.expand(rb"\2=\1"), mb.expand(b"[\\g<1>]"))
try:
    mb.expand(r"\1")
except TypeError as e:
    print("TypeError:", e)
try:
    m.expand(b"\\1")
except TypeError as e:
    print("TypeError:", e)
print(re.sub(r"(a)", r"\g<1>\g<1>", "bab"), re.sub(r"(a)", r"\g<1>0", "bab"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
print(re.sub(r"(?P<x>a)", r"\g<x>\\g<x>", "a"))
