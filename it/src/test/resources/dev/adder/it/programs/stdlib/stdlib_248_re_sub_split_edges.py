import re

print(re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa", -5))
print(re.split("a", "bab", maxsplit=-1), re.split("a", "babab", -2))
class S(str):
    pass
print(re.sub("a", S("z"), "banana"), type(re.sub("a", S("z"), "banana")).__name__)
print(type(re.sub("q", "z", S("banana"))).__name__, type(re.match("b", S("b")).group()).__name__)
print(re.sub(rb"(a)", rb"\g<0>\g<1>", b"xa"))
print(re.sub("", "-", ""), re.subn("x*", "-", ""), re.sub("$", "E", ""))
print(re.sub("(?=a)", "^", "banana"), re.sub("(?<=a)", "|", "banana"))
print(re.sub("a*", "<\\g<0>>", "baaac"))
print(re.split("(a*)", "baaac"))
print(re.sub(r"\w+", "X", "a b", count=0), re.sub(r"\w+", "X", "a b c", 2))
print(re.subn("(x)?y", r"[\1]", "y xy"))
print(re.sub("a", r"\\", "a"), re.sub("a", "\\\\n", "a"), re.sub("a", r"\n", "a") == "\n")
try:
    re.sub("a", "b", "aa", count="1")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.split("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a").sub()
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a").split("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(re.compile("a").sub(repl="b", string="cat"), re.compile("a").split(string="bab", maxsplit=1))
print(re.compile(",").split("a,b,c", maxsplit=1))
