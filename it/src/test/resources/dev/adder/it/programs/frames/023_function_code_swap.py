def one():
    return 1

def two():
    return 2

def outer():
    v = 'v'
    def inner():
        return v
    return inner

one.__code__ = two.__code__
print(one(), one.__name__, one.__code__.co_name)
inner = outer()
try:
    one.__code__ = inner.__code__
except ValueError as e:
    print('ValueError', e)
try:
    inner.__code__ = two.__code__
except ValueError as e:
    print('ValueError', e)

def ann(a: int, b: 'str' = 'x') -> list:
    return []

print(ann.__annotations__)
def no_ann(a):
    pass
print(no_ann.__annotations__)
no_ann.__annotations__ = {'a': float}
print(no_ann.__annotations__)
del no_ann.__annotations__
print(no_ann.__annotations__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__, lam.__code__.co_name)
class C:
    def m(self):
        def nested():
            pass
        return nested
print(C.m.__qualname__, C().m().__qualname__, C().m().__code__.co_qualname)
