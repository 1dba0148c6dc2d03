# string indexing and slicing
s = "Hello, World!"
print(s[0], s[-1], s[7:12], s[:5], s[7:], s[::2], s[::-1], s[-6:-1])
print(s[100:], s[5:2], s[-100:3], s[1:-1:3], s[::-2])
print(len(s), s[len(s) - 1], "".join(reversed(s)))
for i in range(0, len(s), 4):
    print(repr(s[i:i + 4]))
print(s[slice(2, 9, 2)], slice(1, 5).indices(3))
u = "naïve café ☕ 日本"
print(u[2], u[-1], u[11:], len(u), u.upper())
print(list("abc"), tuple("xy"), "-".join("abc"))
