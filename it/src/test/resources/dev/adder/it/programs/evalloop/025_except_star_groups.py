# except* with exception groups: split, partial handling, re-raising the rest
def show(eg, indent=""):
    if isinstance(eg, BaseExceptionGroup):
        print(indent + type(eg).__name__, repr(eg.message))
        for e in eg.exceptions:
            show(e, indent + "  ")
    else:
        print(indent + repr(eg))

def f():
    try:
        raise ExceptionGroup("many", [ValueError(1), KeyError(2), ValueError(3), TypeError(4)])
    except* ValueError as eg:
        print("ValueError part:")
        show(eg, "  ")
    except* KeyError as eg:
        print("KeyError part:")
        show(eg, "  ")

try:
    f()
except ExceptionGroup as rest:
    print("rest:")
    show(rest, "  ")

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), OSError("c")])])
    except* ValueError as eg:
        print("matched:")
        show(eg, "  ")
try:
    nested()
except ExceptionGroup as rest:
    print("rest:")
    show(rest, "  ")

def raising():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise IndexError("new")
    except* KeyError:
        pass
try:
    raising()
except IndexError as e:
    print("a single new exception is raised as it is:", repr(e))
    print("its context is the matched part:")
    show(e.__context__, "  ")

def two_raised():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        raise IndexError("new")
    except* KeyError:
        raise
try:
    two_raised()
except ExceptionGroup as eg:
    print("raised and re-raised combine:")
    show(eg, "  ")

try:
    raise ExceptionGroup("all", [ValueError(1)])
except* ValueError as eg:
    print("full match keeps the group:", eg.message)
