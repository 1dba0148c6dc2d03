import sys

log = []

def tracer(frame, event, arg):
    if event == 'line':
        return tracer
    log.append((event, frame.f_code.co_name, arg if event != 'exception' else arg[0].__name__))
    return tracer

def ret_none():
    pass

def ret_tuple(a, b):
    return (a, b)

def raises():
    return {}['missing']

def deep(n):
    if n == 0:
        return 'bottom'
    return deep(n - 1)

sys.settrace(tracer)
ret_none()
ret_tuple(1, 'two')
try:
    raises()
except KeyError:
    pass
deep(2)
sys.settrace(None)
for e in log:
    print(e)
