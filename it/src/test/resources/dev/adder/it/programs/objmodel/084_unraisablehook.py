# sys.unraisablehook: called for exceptions out of __del__ and atexit callbacks with CPython's UnraisableHookArgs; the default hook's output; a failing hook
import sys, atexit, gc
print(sys.unraisablehook is sys.__unraisablehook__, hasattr(sys, 'UnraisableHookArgs'))
seen = []
def hook(u):
    seen.append(u)
    print('hook:', u.exc_type.__name__, u.exc_value, u.err_msg, getattr(u.object, '__qualname__', u.object), u.exc_traceback is not None)
sys.unraisablehook = hook
class Bad:
    def __del__(self): raise ValueError('in del')
b = Bad(); del b; gc.collect()
def cb(): raise KeyError('atexit cb')
atexit.register(cb)
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
T = type(seen[0])
print(T.__name__, T.__module__, len(seen[0]), T._fields if hasattr(T, '_fields') else None)
sys.__unraisablehook__(T((ValueError, ValueError('x'), None, 'custom message', 42)))
sys.__unraisablehook__(T((ValueError, ValueError('y'), None, None, None)))
sys.__unraisablehook__(T((ValueError, ValueError('z'), None, 'only msg', None)))
class BadHook:
    def __call__(self, u): raise RuntimeError('hook failed')
    def __repr__(self): return '<bad hook>'
badhook = BadHook()
class Bad2:
    def __del__(self): raise ValueError('in del 2')
sys.unraisablehook = badhook
b = Bad2(); del b; gc.collect()
sys.unraisablehook = hook
print('end')
