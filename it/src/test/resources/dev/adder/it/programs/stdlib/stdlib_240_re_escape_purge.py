import re

for s in ["hello", "a.b", "1+1=2", "(x)", "[y]", "{z}", "a b\tc\n", "^$|\\", "-#&~", "ü€", "_*?"]:
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b"x.y\x00"), re.fullmatch(re.escape(b"x.y\x00"), b"x.y\x00") is not None)
re.purge()
words = ["c++", "a.b", "x|y"]
alt = "|".join(map(re.escape, words))
print(alt, re.findall(alt, "I like c++ and a.b but not x|y or axb"))
print(re.sub(re.escape("$5.00"), "five", "costs $5.00 today"))
print(re.compile(re.escape("a" * 3) + "+").match("aaaaaa").group())
print(sorted(k for k in dir(re) if not k.startswith("_") and k.isupper() and len(k) > 1))
print(re.I == re.IGNORECASE, int(re.I), int(re.M | re.S), re.NOFLAG == 0)
