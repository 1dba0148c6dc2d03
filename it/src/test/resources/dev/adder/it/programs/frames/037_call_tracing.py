import sys

events = []

def helper(x):
    y = x * 2
    return y

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    events.append((event, name))
    if name == 'outer' and event == 'call':
        # calls made by a trace function are not traced (nor through call_tracing here)
        helper(1)
        events.append(('nested result', sys.call_tracing(helper, (5,))))
    return tracer

def outer():
    return 1

sys.settrace(tracer)
outer()
sys.settrace(None)
for e in events:
    print(e)
print(sys.call_tracing(max, (1, 2)))
for args in [(print, [1]), (print,)]:
    try:
        sys.call_tracing(*args)
    except TypeError as e:
        print('TypeError', e)
