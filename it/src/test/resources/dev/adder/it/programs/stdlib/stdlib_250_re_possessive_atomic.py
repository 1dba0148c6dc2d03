import re

tests = [
    (r"a*+b", "aaab"), (r"a*+a", "aaa"), (r"a++", ""), (r"a?+a", "aa"),
    (r"(?:ab)*+abc", "ababc"), (r"(?:ab)*+c", "ababc"), (r"(?:a|b)*+b", "aab"),
    (r"x{1,3}+x", "xxxx"), (r"x{1,3}+x", "xxx"), (r"(?>a|ab)c", "abc"),
    (r"(?>ab|a)c", "abc"), (r"(?>a*)a", "aaa"), (r"(?>(a+))b", "aab"),
    (r"(?>(a+))(a)", "aaa"), (r"(?>x(y)|x)y", "xy"), (r"(?>.*?)b", "ab"),
    (r"(?>a)*b", "aab"), (r"(?>a|b)+c", "abac"), (r"\d++\.", "123."), (r"[a-z]*+\d", "abc1"),
    (r"(?:a+)++b", "aab"), (r"(?:a|ab)++c", "abc"), (r"(a)++", "aa"), (r"(?:(a)|b)++c", "abc"),
    (r"a{2}+", "aaa"), (r"(?:(?>a)b)+", "abab"), (r"(?i)A++b", "aaB"),
]
for pat, s in tests:
    m = re.match(pat, s)
    print(pat, repr(s), m and (m.span(), m.groups()))
print(re.findall(r"\w++", "ab cd"), re.findall(r"(?>\w+)\s", "ab cd "))
print(re.sub(r"\s*+$", "", "text   "), re.split(r",*+", "a,,b"))
print(re.search(r"(?>\d+)\d", "123"), re.search(r"(?>\d+)x", "12x").group())
print(re.fullmatch(r"(?:\d++,)*+\d++", "1,22,333"), re.fullmatch(r"(?>\d+,)*\d", "1,2,"))
