import sys

log = []

def tracer(frame, event, arg):
    co = frame.f_code
    rel = frame.f_lineno - co.co_firstlineno
    if event == 'return':
        log.append('%s %s +%d -> %r' % (event, co.co_name, rel, arg))
    elif event == 'exception':
        log.append('%s %s +%d %s' % (event, co.co_name, rel, arg[0].__name__))
    else:
        log.append('%s %s +%d' % (event, co.co_name, rel))
    return tracer

def one(x): return x + 1

def loop(n):
    t = 0
    for i in range(n):
        t += i
    return t

def bad():
    raise ValueError("x")

def catch():
    try:
        bad()
    except ValueError:
        pass
    return 1

def branches(x):
    if x > 0:
        y = 'pos'
    else:
        y = 'neg'
    while x > 0:
        x -= 1
    return y

sys.settrace(tracer)
one(1)
loop(2)
catch()
branches(2)
branches(-1)
sys.settrace(None)
for line in log:
    print(line)
