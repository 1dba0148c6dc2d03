import inspect

def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    return True

class C:
    def m(self, x, y=1):
        pass
    @classmethod
    def cm(cls, z):
        pass
    @staticmethod
    def sm(*, k=None):
        pass

sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(lambda x, *y, **z: 0))
ba = sig.bind(1, 2, 3, 4, d=5, extra=6)
print(ba.arguments)
ba.apply_defaults()
print(ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print(e)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.isfunction(f), inspect.ismethod(C().m), inspect.isclass(C))
print(inspect.getdoc(C.m), inspect.getfullargspec(f).args)
