# KeyError, IndexError and arithmetic error messages, caught
d = {"a": 1}
lst = [1, 2, 3]
cases = [
    lambda: d["b"],
    lambda: d[("x", 1)],
    lambda: {}.pop("k"),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: lst[10],
    lambda: lst.__setitem__(5, 0),
    lambda: lst.pop(10),
    lambda: [].pop(),
    lambda: "abc"[5],
    lambda: (1,)[2],
    lambda: range(3)[5],
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.5 % 0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 2.0 ** 10000,
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 3,
    lambda: 1 << -1,
    lambda: pow(2, -1, 4),
]
for c in cases:
    try:
        c()
        print("no error")
    except (LookupError, ArithmeticError, ValueError) as e:
        print(type(e).__name__ + ":", e)
