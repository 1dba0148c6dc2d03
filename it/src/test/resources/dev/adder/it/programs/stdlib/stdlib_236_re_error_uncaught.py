import re

print(re.findall(r"\w+", "still fine"))
pattern = re.compile(r"(?P<word>\w+)")
print(pattern.sub(r"<\g<word>>", "ok then"))
print(pattern.sub(r"\g<nosuch>", "boom"))
