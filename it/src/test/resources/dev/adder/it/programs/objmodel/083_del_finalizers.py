# __del__: called at gc.collect() for unreachable objects, once (even when resurrected), an exception is reported and ignored, and at exit for objects the main module refers to
import gc, sys
sys.unraisablehook = lambda u: print('unraisable', type(u.exc_value).__name__, u.exc_value, u.object.__qualname__, u.err_msg)
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
class Bad:
    def __del__(self): raise ValueError('oops in del')
keep = []
class Res:
    def __del__(self):
        print('resurrect')
        keep.append(self)
class Sub(D):
    pass
d = D('a')
del d
gc.collect()
print('after a')
b = Bad()
del b
gc.collect()
print('after bad')
r = Res()
del r
gc.collect()
print(len(keep))
keep.clear()
gc.collect()
print('resurrected once')
s = Sub('sub')
s = None
gc.collect()
class Late:
    pass
Late.__del__ = lambda self: print('late del')
x = Late()
del x
gc.collect()
_private = D('_private')
z1 = D('z1')
z2 = D('z2')
sys.unraisablehook = sys.__unraisablehook__
print('end')
