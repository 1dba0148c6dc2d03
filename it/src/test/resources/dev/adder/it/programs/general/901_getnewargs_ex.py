# __reduce_ex__ honours __getnewargs_ex__ (copyreg.__newobj_ex__) and checks what it returns
import copy

class C(int):
    def __new__(cls, *, foo):
        self = int.__new__(cls)
        self.foo = foo
        return self
    def __getnewargs_ex__(self):
        return (), {'foo': self.foo}

x = C(foo=[42])
for proto in (2, 3, 4):
    r = x.__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1][1:], r[2])
y = copy.deepcopy(x)
print(type(y).__name__, y.foo, y.foo is x.foo)
z = copy.copy(x)
print(type(z).__name__, z.foo, z.foo is x.foo)

class D:
    def __init__(self, a):
        self.a = a
    def __getnewargs_ex__(self):
        return (self.a,), {}
r = D(5).__reduce_ex__(2)
print(r[0].__name__, r[1][1:], r[2])

for bad in [[1], (1,), ([], {}), ((), []), 5]:
    class E:
        def __getnewargs_ex__(self, bad=bad):
            return bad
    try:
        E().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
