# __repr__, __str__ and __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents / 100:.0f}$"
        return format(str(self), spec)

m = Money(12345)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:>12}|", "{}".format(m), "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at "))
