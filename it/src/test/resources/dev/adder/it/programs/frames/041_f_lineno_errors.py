# f_lineno assignment: CPython's errors (type, range, events other than 'line', outside tracing) and the state after a jump out of an except block, a for loop
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e)
fr = sys._getframe()
def setl(frame, v):
    frame.f_lineno = v
show(lambda: setl(fr, 3))
def h():
    x = 1
    y = 2
    return x + y
events = []
def make(event_name, value):
    def tracer(frame, event, arg):
        if frame.f_code is h.__code__ and event == event_name and not events:
            events.append(event)
            try:
                frame.f_lineno = value
            except (ValueError, AttributeError, TypeError) as e:
                print(event, repr(value), type(e).__name__, e)
        return tracer
    return tracer
for ev, val in [('call', 3), ('line', 'x'), ('line', True), ('line', 2.0), ('line', 10**30), ('line', -5), ('line', 1), ('line', 1000), ('return', 12)]:
    events.clear()
    sys.settrace(make(ev, val))
    try:
        print(h())
    finally:
        sys.settrace(None)
def deleter(frame, event, arg):
    if frame.f_code is h.__code__ and event == 'line':
        try:
            del frame.f_lineno
        except AttributeError as e:
            print('del', e)
        sys.settrace(None)
    return deleter
sys.settrace(deleter); h(); sys.settrace(None)
def k():
    try:
        raise KeyError(1)
    except KeyError:
        pass
    return 1
def exc_tracer(frame, event, arg):
    if frame.f_code is k.__code__ and event == 'exception':
        try:
            frame.f_lineno = frame.f_lineno + 1
        except ValueError as e:
            print('exception', e)
    return exc_tracer
sys.settrace(exc_tracer); print(k()); sys.settrace(None)
# a jump out of an except block restores the exception handled before it
def m():
    try:
        1 / 0
    except ZeroDivisionError:
        a = 1
        b = 2
    c = sys.exc_info()[0]
    return c
def m_tracer(frame, event, arg):
    if frame.f_code is m.__code__ and event == 'line' and frame.f_lineno == m.__code__.co_firstlineno + 4:
        frame.f_lineno = m.__code__.co_firstlineno + 6
    return m_tracer
sys.settrace(m_tracer); print(m()); sys.settrace(None)
# a jump out of a for loop drops its iterator; out of a with block skips __exit__
def n():
    out = []
    for i in range(5):
        out.append(i)
    out.append('after')
    return out
def n_tracer(frame, event, arg):
    if frame.f_code is n.__code__ and event == 'line' and frame.f_lineno == n.__code__.co_firstlineno + 3 and len(frame.f_locals['out']) == 2:
        frame.f_lineno = n.__code__.co_firstlineno + 4
    return n_tracer
sys.settrace(n_tracer); print(n()); sys.settrace(None)
# a jump that would leave the NULL of a method call where a value is expected
def q(output):
    a = 1
    list.append(
        output, 3
    )
    output.append(5)
    (
        ( # 7
            a
            +
            10
        )
        +
        13
    )
def q_tracer(frame, event, arg):
    if frame.f_code is q.__code__ and event == 'line' and frame.f_lineno == q.__code__.co_firstlineno + 3:
        try:
            frame.f_lineno = q.__code__.co_firstlineno + 7
        except ValueError as e:
            print('VE', e)
    return q_tracer
out = []
sys.settrace(q_tracer); q(out); sys.settrace(None); print(out)
