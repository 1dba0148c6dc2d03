# jumps by assigning f_lineno from a 'line' trace event: every (from line, to line) pair of a function with loops, try/except/else/finally and with blocks
import sys

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): out.append('exit'); return False

def f(n):
    a = 0
    for i in range(n):
        a += i
        if i == 1:
            continue
    while a < 10:
        a += 3
    try:
        a += 1
        b = 1 / (n - 2)
    except ZeroDivisionError as e:
        a += 100
    else:
        a += 1000
    finally:
        a += 5
    with CM() as c:
        a += 7
        out.append('in with')
    try:
        a -= 1
    finally:
        a *= 2
    x = [j for j in range(2)]
    return a

def g():
    yield 1
    x = 2
    yield x
    for k in range(2):
        yield k
    return 5

first = f.__code__.co_firstlineno
last = first + 29
out = []

def run(fn, src, dst, call):
    state = {'done': False}
    def tracer(frame, event, arg):
        if frame.f_code is fn.__code__:
            if event == 'line':
                out.append(frame.f_lineno)
                if not state['done'] and frame.f_lineno == src:
                    state['done'] = True
                    try:
                        frame.f_lineno = dst
                        out.append('->%d' % frame.f_lineno)
                    except ValueError as e:
                        out.append('VE:%s' % e)
            return tracer
        return None
    sys.settrace(tracer)
    try:
        r = call()
    except Exception as e:
        r = 'EXC %s %s' % (type(e).__name__, e)
    finally:
        sys.settrace(None)
    return r

for src in range(first + 1, last + 1):
    for dst in range(first, last + 3):
        if src - first in (11, 12) and dst - first in (17, 18, 19):
            continue  # from an except block into a with block: what becomes __exit__ is an accident of 3.11's stack layout
        out.clear()
        r = run(f, src, dst, lambda: f(2))
        print(src - first, dst - first, r, ' '.join(str(o - first if isinstance(o, int) else o) for o in out[:40]))

