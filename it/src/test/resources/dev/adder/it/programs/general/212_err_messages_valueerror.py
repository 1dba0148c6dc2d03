# the messages of common ValueErrors, caught
cases = [
    lambda: int("abc"),
    lambda: int("10", 2),
    lambda: int("", 10),
    lambda: int("5", 1),
    lambda: float("1.2.3"),
    lambda: [1, 2].index(9),
    lambda: "abc".index("d"),
    lambda: list(range(3)).remove(7),
    lambda: "a,b".split(""),
    lambda: chr(0x110000),
    lambda: range(1, 5, 0),
    lambda: "{:d}".format(1.5),
    lambda: "{:q}".format(1),
    lambda: format("s", "d"),
    lambda: int("1" * 5000),
    lambda: (1).to_bytes(0, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: "%z" % 1,
    lambda: dict([(1, 2, 3)]),
    lambda: max([]),
    lambda: bytes([256]),
    lambda: "abc".center(10, "ab"),
]
for c in cases:
    try:
        c()
        print("no error")
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
