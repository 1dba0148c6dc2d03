import sys

log = []

def local_tracer(frame, event, arg):
    log.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return local_tracer

def noop_global(frame, event, arg):
    return None

def target():
    frame = sys._getframe()
    frame.f_trace = local_tracer
    sys.settrace(noop_global)
    a = 1
    b = a + 1
    sys.settrace(None)
    c = b + 1
    return c

print(target())
for e in log:
    print(e)
f = sys._getframe()
print(f.f_trace)
f.f_trace = local_tracer
print(f.f_trace is local_tracer)
f.f_trace = None
print(f.f_trace)
print(f.f_trace_lines, f.f_trace_opcodes)
