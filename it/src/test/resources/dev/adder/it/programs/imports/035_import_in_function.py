def load():
    import imptop
    from impfix.helper import f
    return imptop.TOP, f()


print(load())
print("imptop" in globals())


class K:
    import impfix.helper as h
    val = h.NAME


print(K.val, K.h.f())
