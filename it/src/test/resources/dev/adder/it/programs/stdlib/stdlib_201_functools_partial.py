# functools.partial and partialmethod: binding, keywords, nesting, repr-free attributes, errors
import functools

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = functools.partial(power, exp=2)
cube_of_2 = functools.partial(power, 2)
print(square(5), cube_of_2(3), square(5, mod=7), square.func is power, square.args, square.keywords)
p2 = functools.partial(square, mod=10)
print(p2(9), p2.func is power, p2.keywords, p2.args)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("11", base=10), functools.partial(max, 5)(3, 9))
joiner = functools.partial(" ".join)
print(joiner(["a", "b"]), functools.partial(sorted, key=len)(["ccc", "a", "bb"]))
adders = [functools.partial(lambda a, b: a + b, i) for i in range(3)]
print([f(10) for f in adders])
print(callable(square), type(square).__name__, isinstance(square, functools.partial))

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state):
        self.state = state
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)
try:
    functools.partial(5)
except TypeError as e:
    print(e)
try:
    square()
except TypeError as e:
    print(e)
p = functools.partial(dict, a=1)
print(p(b=2), p(a=3))
p.attr = "x"
print(p.attr, functools.partial(p, c=3)())
