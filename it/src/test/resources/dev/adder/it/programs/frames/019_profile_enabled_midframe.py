import sys

log = []

def prof(frame, event, arg):
    log.append((event, frame.f_code.co_name))

def g():
    sys.setprofile(prof)
    x = abs(-3)
    return x

def h():
    g()
    return 'h'

h()
abs(-1)
sys.setprofile(None)
for e in log:
    print(e)
print(sys.getprofile())
