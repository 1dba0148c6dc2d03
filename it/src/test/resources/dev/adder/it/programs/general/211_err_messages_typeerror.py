# the messages of common TypeErrors, caught
none = None
num = 5
tup = (1, 2)
text = "abc"
lst2 = [1, 2]
cases = [
    lambda: [1, 2] * 2.5,
    lambda: 2 ** "x",
    lambda: pow(2, 3, "m"),
    lambda: len(num),
    lambda: list(num),
    lambda: [x for x in none],
    lambda: tup.__setitem__(0, 9),
    lambda: text.__setitem__(0, "z"),
    lambda: lst2["0"],
    lambda: lst2[1.0],
    lambda: {}.get(),
    lambda: sorted(3),
    lambda: sum(["a", "b"]),
    lambda: max(),
    lambda: min(1),
    lambda: -text,
    lambda: ~1.5,
    lambda: abs("x"),
    lambda: int([1]),
    lambda: float(None),
    lambda: hash([]),
    lambda: isinstance(1, "int"),
    lambda: issubclass(1, int),
    lambda: range(1.5),
    lambda: divmod(1, "2"),
    lambda: round("1.5"),
    lambda: "abc".split(1),
    lambda: chr("a"),
    lambda: iter(num),
    lambda: next([1]),
    lambda: dict([1, 2]),
    lambda: object().x,
]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
