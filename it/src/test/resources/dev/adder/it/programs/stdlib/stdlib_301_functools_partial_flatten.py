from functools import partial


def f(*args, **kw):
    return args, kw


# a partial of a partial is flattened
q = partial(partial(partial(f, 1, a=1), 2, b=2), 3, a=3)
print(q.func is f, q.args, q.keywords, q(4))

# unless the inner one has instance attributes
inner = partial(f, 1)
inner.tag = "t"
outer = partial(inner, 2)
print(outer.func is inner, outer.args, outer())


class P(partial):
    pass


r = P(f, 1)
print(type(r).__name__, repr(r).replace(repr(f), "<f>"), r(2))
# a subclass instance is flattened too, into a plain partial
s = partial(r, 7)
print(type(s).__name__, s.func is f, s.args)
# and a partial into a subclass
t = P(partial(f, 0, k=0), 1)
print(type(t).__name__, t.func is f, t.args, t.keywords)


class Q(partial):
    __slots__ = ("extra",)

    def __call__(self, *a, **k):
        return ("Q", super().__call__(*a, **k))


q = Q(f, 1)
q.extra = 5
print(q(2), q.extra)
# __call__ is overridden: no flattening
print(partial(q, 9).func is q, partial(q, 9)())


class N(partial):
    def __new__(cls, func, *args, **kw):
        print("new", cls.__name__, len(args), sorted(kw))
        return super().__new__(cls, func, *args, **kw)

    def __init__(self, *a, **k):
        print("init", len(a))


n = N(f, 1, 2, x=3)
print(n(3), type(n).__name__, isinstance(n, partial))
