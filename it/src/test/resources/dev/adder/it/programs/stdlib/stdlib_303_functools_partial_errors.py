from functools import partial


def f(*args, **kw):
    return args, kw


def check(thunk):
    try:
        print("ok", thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: partial())
check(lambda: partial(1))
check(lambda: partial(None, 1))
check(lambda: partial("abc"))
check(lambda: partial(func=f))
p = partial(f, 1)


def setter(name, value):
    setattr(p, name, value)


check(lambda: setter("func", len))
check(lambda: setter("args", ()))
check(lambda: setter("keywords", {}))
check(lambda: delattr(p, "args"))
check(lambda: p.__setstate__(None))
bad = partial(f)
bad.keywords[1] = 2
check(lambda: bad())
check(lambda: partial(int, base=2)("12"))
check(lambda: partial(divmod, 1)())
check(lambda: partial(len, [1])(2))


def g(a, b):
    return a - b


check(lambda: partial(g, 1)(a=2))
check(lambda: partial(g, b=1)(2, 3))
check(lambda: partial(g, c=1)(1, 2))
print(partial(g, b=1)(5), partial(g, 10)(b=4))
