# builtins can be shadowed by globals and locals
print(len("abc"))
def len(x):
    return "my len"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
print(__builtins__.min(4, 2) if hasattr(__builtins__, "min") else 2)
def uses_later():
    return later_defined()
def later_defined():
    return "defined after use site"
print(uses_later())
