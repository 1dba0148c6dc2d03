# the TypeErrors of bad calls, caught
def f(a, b, c=3, *, d, e=5):
    pass
def g(x, /, y):
    pass
def h(*, k):
    pass
def n():
    pass
calls = [
    lambda: f(1, d=4),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2),
    lambda: f(1, 2, d=4, z=9),
    lambda: f(1, 2, a=1, d=4),
    lambda: g(x=1, y=2),
    lambda: h(1),
    lambda: h(),
    lambda: n(1),
    lambda: n(x=1),
    lambda: f(),
    lambda: f(**{"a": 1, "b": 2, "d": 3, "q": 4}),
    lambda: f(*[1, 2], **{"b": 5, "d": 1}),
    lambda: (lambda a: a)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: f(1, 2, *5),
    lambda: f(1, 2, **[1]),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
