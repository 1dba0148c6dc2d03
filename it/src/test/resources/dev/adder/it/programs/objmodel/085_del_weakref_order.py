# weakref callbacks, weakref.finalize and __del__ at gc.collect() and at exit, in CPython's order
import weakref, gc
class A: pass
a = A()
r = weakref.ref(a, lambda r: print('cb'))
del a
gc.collect()
print('end', r())
b = A()
weakref.finalize(b, print, 'finalized b')
del b
gc.collect()
print('end2')
class D:
    def __del__(self): print('D.__del__')
d = D()
del d
gc.collect()
print('end3')
e = D()
print('end4')
