# conditional expressions and short-circuiting
def check(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([check(n) for n in (-2, 0, 5)])
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), t(1) and t(2), t(0) or t(3), t(4) or t(5))
print(log)
x = None
print(x or "default", x is None and "none", [] or {} or 0 or "last")
value = 15
size = "big" if value > 10 else "small"
print(size, ("even" if value % 2 == 0 else "odd"))
print(1 if True else 1 / 0, (lambda: 1 / 0) if False else "lazy")
