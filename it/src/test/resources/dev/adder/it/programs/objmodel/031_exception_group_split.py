# split, subgroup and derive, with metadata copied onto the parts.
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.__notes__, repr(match.__cause__), rest.__notes__)
print(repr(eg.subgroup(KeyError)), eg.subgroup(ZeroDivisionError))
print(eg.subgroup(lambda e: True) is eg, eg.split(BaseException)[0] is eg)
print(repr(eg.subgroup((TypeError, KeyError))))
m2, r2 = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m2), repr(r2))
print(eg.split(OSError))
for bad in [1, (ValueError, 1), "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)


class Custom(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Custom(self.message, excs, self.code)


c = Custom("custom", [ValueError(1), TypeError(2)], 42)
cm, cr = c.split(TypeError)
print(type(cm).__name__, cm.code, repr(cm.exceptions), type(cr).__name__, cr.code)
d = eg.derive([KeyError("d")])
print(repr(d), type(d).__name__, getattr(d, "__notes__", None))
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
bm, br = b.split(Exception)
print(type(bm).__name__, type(br).__name__, repr(bm), repr(br))
