# except* drives a group through its Python-level split() and derive(), as CPython does
class EG(ExceptionGroup):
    def __getattr__(self, name):
        if name == "exceptions":
            return tuple(self.args[1])
        raise AttributeError(name)
    def derive(self, excs):
        return EG(self.args[0], list(excs))
    def split(self, t):
        m, r = [], []
        for e in self.args[1]:
            if isinstance(e, EG):
                a, b = e.split(t)
                if a is not None: m.append(a)
                if b is not None: r.append(b)
            elif isinstance(e, t):
                m.append(e)
            else:
                r.append(e)
        def mk(l):
            if not l: return None
            d = self.derive(l)
            d.__cause__ = self.__cause__; d.__context__ = self.__context__; d.__traceback__ = self.__traceback__
            return d
        return mk(m), mk(r)
def show(eg, indent=""):
    if isinstance(eg, EG):
        print(indent + type(eg).__name__, repr(eg.args[0]))
        for e in eg.args[1]:
            show(e, indent + "  ")
    else:
        print(indent + repr(eg))
def f():
    try:
        raise EG("many", [ValueError(1), KeyError(2), ValueError(3), TypeError(4)])
    except* ValueError as eg:
        print("ValueError part:")
        show(eg, "  ")
    except* KeyError as eg:
        print("KeyError part:")
        show(eg, "  ")
try:
    f()
except EG as rest:
    print("rest:")
    show(rest, "  ")
try:
    try:
        raise EG("outer", [ValueError("a"), EG("inner", [ValueError("b"), OSError("c")])])
    except* ValueError as eg:
        print("matched:")
        show(eg, "  ")
except EG as rest:
    print("rest:")
    show(rest, "  ")
def raising():
    try:
        raise EG("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise IndexError("new")
    except* KeyError:
        pass
try:
    raising()
except IndexError as e:
    print("single:", repr(e))
    show(e.__context__, "  ")
def two_raised():
    try:
        raise EG("g", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        raise IndexError("new")
    except* KeyError:
        raise
try:
    two_raised()
except ExceptionGroup as eg:
    print("raised and re-raised combine:", type(eg).__name__, repr(eg.args[0]), len(eg.args[1]))
    print(repr(eg.args[1][0]))
    show(eg.args[1][1], "  ")
