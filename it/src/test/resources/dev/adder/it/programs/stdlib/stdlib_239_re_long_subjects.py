import re

n = 100000
s = "ab" * n
print(re.match(r"(?:ab)*", s).end())
print(re.match(r"(ab)*", s).span(1))
print(re.match(r"(?:a|b)*$", s).end())
print(re.match(r"(?:a|b)*?$", s).end())
print(re.match(r"(a|b)+?c", s + "c").group(1))
print(re.fullmatch(r"(?:ab)+", s) is not None)
print(re.match(r"(?:(a)|(b))*", s).groups())
print(len(re.findall(r"ab", s)), len(re.split(r"b", s)))
print(re.search(r"ba$", s + "a").span())
print(re.match(r".*x", s), re.match(r".*?x", s))
print(re.search(r"(\w)\1", s), re.search(r"(\w)\1", s + "bb").span())
print(len(re.sub(r"a", "", s)), re.subn(r"b", "c", s)[1])
t = "x" * 50000 + "y"
print(re.search(r"x*y", t).span(), re.search(r"(x+x+)+y", "x" * 12))
print(re.match(r"(?>x*)y", t).end(), re.match(r"x*+y", t).end())
lines = "\n".join("line %d" % i for i in range(20000))
print(len(re.findall(r"(?m)^line \d*7$", lines)))
print(re.search(r"(?s)line 19999.*", lines).group())
print(re.match(r"(?:(?:a|b)(?:c|d))*", "ac" * 30000).end())
print(re.match(r"(a*)*b", "a" * 12), re.match(r"(a|aa)+$", "a" * 12 + "b"))
