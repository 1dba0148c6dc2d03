class Holder:
    from impfix.allmod import *


print(Holder.x, Holder.y, Holder._hidden)
print(hasattr(Holder, "z"))


def f():
    from impfix.noall import func
    return func()


print(f())
