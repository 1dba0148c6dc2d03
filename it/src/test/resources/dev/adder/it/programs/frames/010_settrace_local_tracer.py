import sys

log = []

def local(frame, event, arg):
    log.append(('local', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return local

def glob(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))
    if frame.f_code.co_name == 'traced':
        return local
    return None

def untraced(a):
    b = a * 2
    return b

def traced(a):
    b = untraced(a)
    c = b + 1
    return c

sys.settrace(glob)
print(sys.gettrace() is glob)
traced(3)
sys.settrace(None)
print(sys.gettrace())
for e in log:
    print(e)
