# Generators left suspended inside try/finally or with blocks are closed when the interpreter
# exits, after the atexit callbacks: their finally clauses and __exit__ methods run.
import atexit

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)
        return False

def numbers(name):
    try:
        for i in range(10):
            yield i
    finally:
        print('finally', name)

def reader(name):
    with Resource(name) as r:
        yield r.name
        yield 'more'

def catches():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise

def no_block():
    yield 1
    print('never printed')

a = numbers('a')
print(next(a), next(a))
b = reader('b')
print(next(b))
c = catches()
next(c)
d = no_block()
next(d)
done = numbers('done')
print(list(done)[-1])
closed = numbers('closed early')
next(closed)
closed.close()
atexit.register(print, 'atexit callback')
print('end of the module')
