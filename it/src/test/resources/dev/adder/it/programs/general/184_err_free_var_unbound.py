# a free variable referenced before assignment in the enclosing scope
def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return inner()

print(outer())
def outer2():
    def inner():
        return y
    print(inner())
    y = 2
outer2()
