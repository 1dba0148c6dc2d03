import sys

def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'compute':
        if 'x' in frame.f_locals and frame.f_locals['x'] == 1:
            frame.f_locals['x'] = 100
    return tracer

def compute():
    x = 1
    y = x + 1
    return y

sys.settrace(tracer)
r = compute()
sys.settrace(None)
print(r)

seen = []
def watcher(frame, event, arg):
    if event == 'return':
        seen.append(sorted(frame.f_locals.items()))
    return watcher

def locals_at_return(a, b):
    s = a + b
    t = s * 2
    return t

sys.settrace(watcher)
locals_at_return(2, 3)
sys.settrace(None)
print(seen)
