# more str methods
s = "Hello, World"
print(s.count("o"), s.count("o", 5), s.count(""), s.find("o", 5, 8), s.rfind("o", 0, 5))
print(s.index("World"), s.rindex("l"), s.endswith("World", 0, 12), s.startswith(("x", "He")))
print(s.isascii(), "ÿ".isascii(), "Ab1".isupper(), "AB1".isupper(), "x".isprintable(), "\n".isprintable())
print("3.14".isdecimal(), "١".isdecimal(), "Ⅻ".isnumeric(), "abc".isidentifier(), "1a".isidentifier())
print("a\tb".expandtabs(), "ab\tcd\te".expandtabs(3))
print("  x  ".strip(" "), "<<x>>".strip("<>"), "abcba".strip("ab"), "xyz".lstrip("zyx"))
print("Mary had a little lamb".split(maxsplit=2), "a1b2c3".split("2"), "x".rjust(3, "0"))
print("The Title Case".istitle(), "hello world".title(), "they're bill's".title())
print(str.format("{}-{}", 1, 2), "CamelCaseString".swapcase(), "ǆ".title())
print("abc".zfill(6), "+12".zfill(5), "ab".join("xyz"), ", ".join(["solo"]))
