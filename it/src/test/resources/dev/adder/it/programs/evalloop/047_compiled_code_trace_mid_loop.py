# A trace function set while hot, compiled code runs: the rest of the frame is traced as the
# evaluation loop traces it (line events from the next line on), and later calls are traced.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('work', 'helper'):
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def start():
    sys.settrace(tracer)
    sys._getframe(1).f_trace = tracer


def helper(x):
    return x + 1


def work(k):
    s = 0
    for i in range(k):
        s += i
        if i == 2500:
            start()
        if i > 2500 and i < 2503:
            s = helper(s)
    return s


print(work(2503))
sys.settrace(None)
print(work(3000))
