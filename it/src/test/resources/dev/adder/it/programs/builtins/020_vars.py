def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A:
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(vars(a))
vars(a)['z'] = 3
print(a.z)
def f(p, q=5):
    r = p + q
    return sorted(vars().items())
print(f(1))
import sys
print(vars(sys) is sys.__dict__)
t(lambda: vars(1))
t(lambda: vars([]))
t(lambda: vars(1, 2))
t(lambda: vars(x=1))
class T:
    cls = 1
print('cls' in vars(T), vars(T)['cls'])
