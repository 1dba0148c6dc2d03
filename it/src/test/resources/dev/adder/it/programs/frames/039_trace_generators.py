# sys.settrace and sys.setprofile through generators, coroutines and async generators:
# every resumption is a 'call', every yield a 'return'.
import sys

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x)
    return 'done'

def inner():
    yield 'a'
    yield 'b'
    return 'inner-done'

def outer():
    r = yield from inner()
    yield r

def catcher():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
    finally:
        print('finally')

async def co():
    return 5

async def agen():
    yield 1
    yield 2

events = []

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

def g2():
    yield 1
    return 7

def loops():
    for x in Count(2):
        pass
    for x in g2():
        pass
    for x in map(str, 'ab'):
        pass
    y = yield from g2()
    z = yield from inner()
    yield y, z

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('tracer', 'profiler'):
        return None
    if event == 'exception':
        shown = arg[0].__name__
    elif frame.f_code.co_name == 'agen':
        shown = type(arg).__name__  # the wrapped value's repr has an address
    elif isinstance(arg, (int, str, tuple, type(None))):
        shown = repr(arg)
    else:
        shown = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, shown))
    return tracer

def run():
    g = gen(3)
    next(g)
    g.send('hello')
    for _ in g:
        pass
    list(outer())
    list(loops())
    c = catcher()
    next(c)
    c.throw(ValueError('boom'))
    c.close()
    k = co()
    try:
        k.send(None)
    except StopIteration as e:
        events.append(('stop', e.value))
    a = agen()
    try:
        a.asend(None).send(None)
    except StopIteration as e:
        events.append(('astop', e.value))
    try:
        a.aclose().send(None)
    except StopIteration as e:
        events.append(('aclosed', e.value))

sys.settrace(tracer)
run()
sys.settrace(None)
for e in events:
    print(*e)

calls = []
def profiler(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_name != 'profiler':
        calls.append((event, frame.f_code.co_name, repr(arg)))
sys.setprofile(profiler)
list(gen(2))
list(outer())
sys.setprofile(None)
for c in calls:
    print(*c)

# a local trace function that stops tracing one generator's lines
def quiet(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'gen':
        print('call', frame.f_lineno)
        return None
    return quiet
sys.settrace(quiet)
print(list(gen(2)))
sys.settrace(None)
