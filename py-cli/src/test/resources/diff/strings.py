s = "Hello, World"
print(s.lower(), s.upper(), len(s), s[0], s[-1], s[2:5], s[::-1])
print(s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"), s.find("W"))
print("abc" * 3, "x" in "xyz", s.startswith("He"), "  pad ".strip())
name, n = "adder", 3
print(f"{name} has {n} letters? {len(name) == n}", f"{n:03d}", f"{name!r:>10}|")
print("{} and {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x:.3f}".format(x=2.0))
print(repr("quote's"), str(3.0), ord("A"), chr(97))
for ch in "abc":
    print(ch, end=" ")
print()
print("a", "b", "c", sep="-")
