# non-ASCII text
s = "Ünïcödé ẞtring — ☃ 𝄞 😀"
print(len(s), s.upper(), s.lower())
print([c for c in s if ord(c) > 0xFFFF], [hex(ord(c)) for c in s[-3:]])
print(s.encode("utf-8")[:12], len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print(s[::-1])
print("😀" * 3, "😀" in s, s.index("☃"), s.find("𝄞"))
print("ß".upper(), "İ".lower().encode(), "ﬀ".upper(), "Σίσυφος".upper(), "ΣΑΣ".lower())
print(sorted("😀☃a𝄞Z"))
print("日本語".center(9, "*"), f"{'日本':>5}|")
print(str.isidentifier("名前"), "١٢".isdigit(), "½".isnumeric(), "½".isdigit())
