from functools import partial


def div(a, b):
    return a / b


half = partial(div, b=2)
print(half(7))
inv = partial(div, 1)
print(inv(4))
print(list(map(inv, [1, 2, 4])))
inv(0)
