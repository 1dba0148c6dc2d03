import sys
calls = []
def hook(*args, **kw):
    calls.append((args, kw))
    return 'hooked'
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, a=3))
print(calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
