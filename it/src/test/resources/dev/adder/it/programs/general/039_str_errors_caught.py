# errors from string operations, caught
tests = [
    lambda: "abc" + 1,
    lambda: "abc"[10],
    lambda: "abc".index("z"),
    lambda: int("12a"),
    lambda: float("x1"),
    lambda: "a" * "b",
    lambda: "x".join([1, 2]),
    lambda: "abc".foo,
    lambda: "%d" % "s",
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "abc"[str("x")],
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: "a".center("b"),
    lambda: "%s %s" % ("only",),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
