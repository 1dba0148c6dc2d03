def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    b = 1
    a = 2
    return dir()
print(f())
class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    other = 2
b = B()
b.inst = 3
names = dir(b)
print([n for n in names if not n.startswith('__')])
print(names == sorted(names))
print([n for n in dir(B) if not n.startswith('__')])
class D:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(D()))
class E:
    def __dir__(self):
        return ('q', 'b')
print(dir(E()))
t(lambda: dir(1, 2))
t(lambda: dir(x=1))
class Bad:
    def __dir__(self):
        return 5
t(lambda: dir(Bad()))
import sys
print('argv' in dir(sys), 'modules' in dir(sys))
print('append' in dir([]), 'keys' in dir({}))
