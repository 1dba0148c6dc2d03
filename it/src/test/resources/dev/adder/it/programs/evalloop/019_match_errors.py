# match: errors raised while matching class patterns
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["a"]

class BadItem:
    __match_args__ = (1,)

class Short:
    __match_args__ = ("a",)
    a = 1

def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)

def f1():
    match NoArgs():
        case NoArgs(1):
            pass
def f2():
    match BadArgs():
        case BadArgs(1):
            pass
def f3():
    match BadItem():
        case BadItem(1):
            pass
def f4():
    match Short():
        case Short(1, 2):
            pass
def f5():
    match Short():
        case Short(1, a=1):
            pass
def f6():
    notatype = len
    match 3:
        case notatype():
            pass
def f7():
    match 3:
        case int(1, 2):
            pass
for i, fn in enumerate([f1, f2, f3, f4, f5, f6, f7]):
    attempt(i + 1, fn)
match NoArgs():
    case NoArgs():
        print("no positional sub-patterns is fine")
match 5:
    case NoArgs(1):
        print("no")
    case _:
        print("isinstance fails first, so no error")
match Short():
    case Short(a=1, b=2):
        print("no")
    case Short(a=x):
        print("missing attribute means no match", x)
def f8():
    match {"a": 1}:
        case {"a": 1, **rest} if rest["x"]:
            pass
f8()
