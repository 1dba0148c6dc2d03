import re

p = re.compile(r"^\w")
print(p.search("abc", 1), p.match("abc", 1))
p = re.compile(r"\w$")
print(p.search("abc", 0, 2), p.search("abc\n", 0, 3))
p = re.compile(r"\w+")
m = p.match("hello world", 6)
print(m, m.pos, m.endpos, m.string)
m = p.search("hello world", 2, 7)
print(m, m.pos, m.endpos)
print(p.match("hello", 10), p.search("hello", 3, 1))
print(re.compile("").match("abc", 2, 1), re.compile("").search("abc", 5))
print(p.fullmatch("hello world", 6), p.fullmatch("hello world", 0, 5))
print(p.fullmatch("hello world", 0, 6))
print(re.compile(r"\bx").search("ax", 1), re.compile(r"x\b").search("xa", 0, 1))
print(re.compile(r"(?<=a)x").match("ax", 1))
print(re.compile(r"\Ax").search("ax", 1), re.compile(r"x\Z").search("xa", 0, 1))
print(p.match("abc", -5), p.match("abc", pos=1, endpos=-1))
print(p.search(string="find me", pos=5))
m = re.compile(r"(?m)^b").search("a\nb", 2)
print(m)
print(re.compile(r".").findall("abcdef", 1, 4))
print(re.compile(r"a").match("bab", endpos=2, pos=1))
try:
    p.match("abc", 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    p.match("abc", "1")
except TypeError as e:
    print("TypeError:", e)
try:
    p.match()
except TypeError as e:
    print("TypeError:", e)
try:
    p.match("a", bad=1)
except TypeError as e:
    print("TypeError:", e)
