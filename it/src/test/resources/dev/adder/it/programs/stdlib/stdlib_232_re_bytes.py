import re

print(re.match(rb"\w+", b"hello world"))
print(re.findall(rb"\w+", "naïve".encode("utf-8")))
print(re.findall(rb"[\x80-\xff]+", "naïve café".encode("utf-8")))
print(re.search(rb"\d+", bytearray(b"ab123cd")))
m = re.search(rb"(\d+)", bytearray(b"ab123cd"))
print(m.group(1), type(m.group(1)).__name__, m.string)
print(re.sub(rb"\d", b"#", bytearray(b"a1b2")))
print(re.split(rb",", bytearray(b"a,b")))
print(re.findall(rb"\d", memoryview(b"1a2")))
print(re.match(rb"(?i)ABC", b"abc"), re.match(rb"\s", b"\x1c"))
print(re.match(rb"\xff", b"\xff"), re.findall(rb".", b"\x00\n\xff"))
print(re.compile(rb"ab").pattern, re.compile(rb"ab"))
try:
    re.match(r"a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(rb"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(r"a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(rb"a", ["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(rb"a", "b", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(r"a", b"b", "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"\\u1234")
except re.error as e:
    print("error:", e)
print(re.escape(b"a.b*c"), re.escape("a.b*c d"))
