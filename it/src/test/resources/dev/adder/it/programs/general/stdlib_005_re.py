# the re module
import re
text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group(0), m.group("user"), m["host"], m.span(), m.groupdict())
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@", r"<\1>@", text)[:30])
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(\s)", "x y"))
print(bool(re.match(r"^\d+$", "12345")), re.fullmatch(r"[a-z]+", "abc1"), re.match("b", "abc"))
pat = re.compile(r"(\w)\1")
print(pat.findall("aabbcdde"), [m.start() for m in pat.finditer("xxyzz")])
print(re.sub(r"\b(\w)", lambda m: m.group(1).upper(), "hello big world"), re.escape("a.b*c"))
print(re.findall(r"(?i)HELLO", "hello Hello hELLo"), re.subn("a", "b", "banana"))
