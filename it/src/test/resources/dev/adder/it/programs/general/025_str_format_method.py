# str.format
print("{} {} {}".format(1, "a", 2.5), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Eve", age=7), "{0[1]} {0[0]}".format(["a", "b"]))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3}|{:.3f}|{:,}|{:08.2f}".format("abcdef", 1.23456, 1234567, -3.5))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
class P:
    x = 10
    y = [5, 6]
print("{0.x} {0.y[1]}".format(P()), "{p.x}".format(p=P))
print("{{}} {}".format("braces"), "{:{}}|".format("w", 5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print(format(3.5, "06.2f"), format("s", "^5"), format(10, "b"), format(1e6, ".2e"))
print("{:%Y}".format if False else "{0:d}-{0:x}-{0:o}".format(100))
