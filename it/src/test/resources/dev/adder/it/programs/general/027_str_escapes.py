# escapes, raw strings and repr
print("tab:\t|newline:\\n|quote:\"|apos:\'")
print(repr("a\tb\nc"), repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(r"raw \n stays", repr(r"\d+"), len("\x41\u00e9\U0001F600"), "\x41\u00e9")
print("\N{GREEK SMALL LETTER ALPHA}", "\101\102", "a\
b")
print(repr("\x00\x7f\x80\xff"), repr("\u200b"), repr("\ud800") if False else "ok")
print(ascii("naïve ☕"), repr("日本"), str(b"bytes"), repr(b"\x00ab\n"))
print("""triple "quoted" string""", '''single ''' + "concat" "enated")
print(len("""
two
"""), "\r\n".encode())
