g_var = 1

def f(a):
    b = a + 1
    l1 = locals()
    print(sorted(l1.items()))
    c = 3
    l2 = locals()
    print(l1 is l2, sorted(l2))
    print(globals() is f.__globals__)
    print('g_var' in globals(), 'b' in globals())
    return l2

f(1)
print(locals() is globals())

class K:
    x = 1
    names = sorted(locals())
print(K.names)

def empty():
    return locals()
print(empty())
try:
    globals(1)
except TypeError as e:
    print('TypeError', e)
try:
    locals(x=1)
except TypeError as e:
    print('TypeError', e)
