import re

cases = [
    (r"(a|b)*", "abab"), (r"(a|(b))*", "abba"), (r"(?:(a)|(b))*", "aba"),
    (r"((a)|(b))+", "bab"), (r"(a)*(b)*", "aab"), (r"(a*)*", "aa"),
    (r"(a*)+?b", "aab"), (r"(?:(a)|b)+?$", "abb"), (r"(x)?(?:(a)|b)*c", "abc"),
    (r"(?:a(b)?)+", "aba"), (r"(?:a(b)?)+?$", "aba"), (r"(?:(a)(b)?)+", "aab"),
    (r"((a)|b)*?c", "abc"), (r"(?:x(\d))*y", "x1x2y"), (r"(?:(\w)(\d))+", "a1b2c"),
    (r"(a)|b", "b"), (r"(?:(a)|(b))c", "bc"), (r"(?:((a)|b)c)+", "acbc"),
    (r"(?:(a)+)+", "aaa"), (r"(?:(?:(a)|b)c)*", "acbc"), (r"(a)(?:(b)|c)*", "abc"),
    (r"(?=(a))?a", "a"), (r"(?:(?=(a))a)*", "aa"), (r"(a){2}", "aa"), (r"(a){0}", "a"),
    (r"(?:(a)|b){2,}", "bab"), (r"(?:(a)|b){1,2}?c", "abc"), (r"(?>(a)|b)+", "ab"),
    (r"(?:(a)|b)++", "ab"), (r"(?:(a)|b)*+c", "abc"), (r"((?:a|b)*)\1", "abab"),
]
for pat, s in cases:
    m = re.match(pat, s)
    if m is None:
        print(pat, s, None)
    else:
        print(pat, s, m.span(), m.groups(), m.lastindex, m.regs[1:])
