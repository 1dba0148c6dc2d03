import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'quiet':
        frame.f_trace_lines = False
    events.append((event, frame.f_code.co_name))
    return tracer

def quiet():
    a = 1
    b = 2
    return a + b

def loud():
    a = 1
    return a

sys.settrace(tracer)
quiet()
loud()
sys.settrace(None)
for e in events:
    print(e)

ops = []
def op_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    ops.append(event)
    return op_tracer

def tiny():
    return 1

sys.settrace(op_tracer)
tiny()
sys.settrace(None)
print(ops[0], ops[-1], 'opcode' in ops, ops.count('line'))
f = sys._getframe()
for bad in [1, None, 'yes']:
    try:
        f.f_trace_lines = bad
    except TypeError as e:
        print('TypeError', e)
