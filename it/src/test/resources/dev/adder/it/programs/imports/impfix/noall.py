a = 1
b = "two"
_private = 3


def func():
    return "func"
