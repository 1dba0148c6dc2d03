# functions, classes and modules are objects too
def f():
    return 1
class C:
    pass
things = [f, C, C(), 1, "s", None, print, len, type, object, [], ()]
for t in things:
    print(type(t).__name__, isinstance(t, object), callable(t))
f.attr = "function attribute"
C.attr = "class attribute"
print(f.attr, C.attr, C().attr)
fs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print({k: v(21) for k, v in fs.items()})
print(type(type(f)).__name__, type(f).__name__, type(C().f2).__name__ if hasattr(C, "f2") else "method")
