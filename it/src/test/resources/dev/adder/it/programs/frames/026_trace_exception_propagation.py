import sys

log = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event == 'exception':
        log.append('%s %s +%d %s(%s)' % (event, name, rel, arg[0].__name__, arg[1]))
    elif event == 'return':
        log.append('%s %s +%d %r' % (event, name, rel, arg))
    else:
        log.append('%s %s +%d' % (event, name, rel))
    return tracer

def a():
    raise IndexError('deep')

def b():
    a()

def c():
    try:
        b()
    except IndexError:
        raise TypeError('converted')

def d():
    try:
        c()
    except TypeError as e:
        return str(e)

sys.settrace(tracer)
d()
sys.settrace(None)
print('\n'.join(log))
