# strings are immutable values
s = "abc"
t = s
s += "d"
print(s, t, s is not t)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
print("abc".upper().lower().title().center(7, "."))
x = "a,b,c"
y = x.split(",")
y[0] = "z"
print(x, y)
print(str.upper("q"), str.join("-", "xyz"), str.__len__("four"))
print(type("").__name__, isinstance("", str), str() == "", str(b"x", "ascii"))
