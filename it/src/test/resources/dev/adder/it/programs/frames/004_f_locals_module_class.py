import sys

class C:
    a = 1
    fl = sys._getframe().f_locals
    print(sorted([k for k in fl if not k.startswith('__')]))
    print(fl is locals())
    b = 2
    print('b' in fl, fl['a'])

print(C.a, C.b, type(C.fl).__name__)
m = sys._getframe().f_locals
print(m is globals())
zz = 5
print(m['zz'])
print(sys._getframe().f_code.co_name)
print(type(locals()).__name__, locals() is globals())
