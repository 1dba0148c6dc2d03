# BaseException/OSError/ImportError __reduce__ and __setstate__, the member attributes of builtin exceptions (not in __dict__), round trips in all protocols
import pickle, copy

def show(e):
    print(type(e).__name__, e.__reduce__(), e.__dict__)
    for p in range(6):
        y = pickle.loads(pickle.dumps(e, p))
        print(' ', p, type(y).__name__, repr(y), str(y), y.args, y.__dict__)
    for f in (copy.copy, copy.deepcopy):
        y = f(e)
        print('  c', type(y).__name__, repr(y), y.__dict__)

e = ValueError('a'); e.z = 3
show(e)
show(ValueError('a'))
show(OSError(2, 'nf', 'f.txt'))
show(OSError(2, 'nf', 'a', None, 'b'))
show(OSError(2, 'nf', None, None, 'b'))
show(OSError(13, 'perm'))
show(OSError('just'))
show(BlockingIOError(11, 'x', 5))
show(ImportError('m', name='n', path='p'))
show(ImportError('m', name=None))
show(ImportError(path='p'))
show(ModuleNotFoundError('no mod', name='x'))
show(KeyError('k'))
show(UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'))
show(UnicodeEncodeError('ascii', 'ab', 0, 1, 'bad'))
show(UnicodeTranslateError('ab', 0, 1, 'bad'))
show(SyntaxError('msg', ('f.py', 1, 2, 'x', 1, 3)))
show(StopIteration(3))
show(SystemExit(1, 2))
show(ExceptionGroup('eg', [ValueError(1), TypeError(2)]))
show(BaseExceptionGroup('beg', [KeyboardInterrupt()]))
show(AttributeError('x', name='n', obj=1))
show(NameError('x', name='n'))

class E2(ValueError): pass
e = E2('q'); e.k = [1]
show(e)
e = ValueError('b'); e.__dict__
print(e.__reduce__())
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    pickle.loads(pickle.dumps(MyErr(1, 2)))
except TypeError as ex:
    print('TypeError', ex)

e = OSError(2, 'x', 'f'); print(e.errno, e.strerror, e.filename, e.filename2, e.__dict__)
e.errno = 5; print(e.errno, e.__dict__); del e.errno; print(e.errno)
e = ValueError(); e.__setstate__({'a': 1}); print(e.a, e.__dict__); e.__setstate__(None)
for bad in (3, {1: 2}):
    try:
        e.__setstate__(bad)
    except TypeError as ex:
        print('TypeError', ex)
e = ValueError(); e.__dict__ = {'w': 1}; print(e.w)
e = ImportError('m'); print(e.name, e.path, e.msg, e.__dict__)
e = SyntaxError('m', ('f', 1, 2, 't')); print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line, e.__dict__)
e = StopIteration(5); print(e.value, e.__dict__); e = SystemExit(4); print(e.code, e.__dict__)
g = ExceptionGroup('m', [ValueError()]); print(g.message, g.exceptions, g.__dict__)
try:
    g.message = 'x'
except AttributeError as ex:
    print('AttributeError', ex)
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'); print(e.encoding, e.object, e.start, e.end, e.reason, e.__dict__)
e.start = 1; print(str(e))
try:
    OSError().characters_written
except AttributeError as ex:
    print('AttributeError', ex)
b = BlockingIOError(1, 'x', 3); print(b.characters_written); b.characters_written = 4; print(b.characters_written, b.args)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as ex:
    print(ex.__dict__, ex.start, ex.reason, ex.__reduce__())
try:
    import nosuchmodxyz_q
except ImportError as ex:
    print(ex.__dict__, ex.name, ex.__reduce__())
try:
    undefined_name_q
except NameError as ex:
    print(ex.__dict__, ex.name, ex.__reduce__())
try:
    (1).foo
except AttributeError as ex:
    print(ex.__dict__, ex.name, ex.obj)
try:
    compile('x = (', 'f.py', 'exec')
except SyntaxError as ex:
    print(ex.__dict__, ex.msg, ex.lineno, ex.__reduce__())
def gen():
    return 5
    yield
try:
    next(gen())
except StopIteration as ex:
    print(ex.value, ex.__dict__)
e = ValueError(1); e.add_note('n'); print(e.__dict__, e.__reduce__())
y = pickle.loads(pickle.dumps(e)); print(y.__notes__)
