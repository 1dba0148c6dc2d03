import imptop


def outer():
    return inner()


def inner():
    from impfix import attr_err
    return attr_err


outer()
