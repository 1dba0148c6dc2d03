from functools import partial


def f(*args, **kw):
    return args, kw


def name(obj):
    # the repr of f holds an address: replace it
    return repr(obj).replace(repr(f), "<f>")


p = partial(f, 1, 2, a=3)
print(p(3, b=4))
print(p(a=9))
print(p())
print(p.func is f, p.args, p.keywords)
print(name(p))
print(type(p), type(p).__name__, partial.__module__, partial.__qualname__)
print(callable(p), hasattr(partial, "__get__"))

# keywords of the call win over the stored ones
print(partial(dict, x=1)(x=2, y=3))
print(partial(f, k=1)(k=2, j=3))

# the stored keywords dict is live
p.keywords["z"] = 0
print(p())
del p.keywords["a"]
print(p(7))

# builtins and classes as the function
print(sorted([3, -1, 2, -4], key=partial(pow, exp=2)))
print(list(map(partial(int, base=2), ["101", "11", "1111"])))
print(partial(max, 10)(3, 20))
print(partial(str.join, "-")(["a", "b", "c"]))

# not a method descriptor: no binding as a class attribute
class C:
    m = partial(f, "m")

    def plain(self):
        return self


c = C()
print(c.m(1), C.m(2))
print(C.plain(c) is c)

# partials are hashable by identity and compare by identity
q1 = partial(f, 1)
q2 = partial(f, 1)
print(q1 == q2, q1 == q1, len({q1, q2}))

# instance attributes
q1.note = "hello"
print(q1.note, q1.__dict__, vars(q1))
q1.__dict__ = {"other": 1}
print(q1.other)
print(name(partial(f, "x", k=[1], j={"a": (1, 2)})))
