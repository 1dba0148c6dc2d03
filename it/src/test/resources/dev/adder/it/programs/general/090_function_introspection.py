# attributes of functions and code objects
def sample(a, b=2, *args, c, d=4, **kw):
    """Doc."""
    local = a + b
    return local
co = sample.__code__
print(sample.__name__, sample.__qualname__, sample.__doc__, sample.__module__)
print(sample.__defaults__, sample.__kwdefaults__)
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_name, co.co_filename.endswith(".py"))
print(callable(sample), callable(3), callable(print), callable(type))
def annotated(x: int, y: "str" = "s") -> list:
    return []
print(annotated.__annotations__)
class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.Inner.__qualname__)
