import sys

log = []

def prof(frame, event, arg):
    if event.startswith('c_'):
        log.append((event, frame.f_code.co_name, arg.__name__ if hasattr(arg, '__name__') else type(arg).__name__))
    else:
        log.append((event, frame.f_code.co_name, arg))

def add(a, b):
    return a + b

def work():
    x = add(1, 2)
    y = len([x, x])
    return y

def fails():
    return int('nope')

sys.setprofile(prof)
work()
try:
    fails()
except ValueError:
    pass
sys.setprofile(None)
print(sys.getprofile())
for e in log:
    print(e)
