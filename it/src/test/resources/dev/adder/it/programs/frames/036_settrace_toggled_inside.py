import sys

log = []

def tracer(frame, event, arg):
    log.append((event, frame.f_code.co_name, sys.gettrace() is None))
    return tracer

def stopper():
    x = 1
    sys.settrace(None)
    y = 2
    return x + y

def starter():
    sys.settrace(tracer)
    a = 1
    return a

def after():
    return 'after'

sys.settrace(tracer)
stopper()
after()
starter()
after()
sys.settrace(None)
for e in log:
    print(e)

def inner_tracer(frame, event, arg):
    log2.append(event)
    def helper():
        return 1
    helper()
    return None

log2 = []
def traced_fn():
    return 5
sys.settrace(inner_tracer)
traced_fn()
traced_fn()
sys.settrace(None)
print(log2)
