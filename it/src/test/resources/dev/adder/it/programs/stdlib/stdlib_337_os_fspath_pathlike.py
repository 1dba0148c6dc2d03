# os.fspath, os.PathLike and path-like arguments to posix functions
import os

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
    def __repr__(self):
        return 'P(%r)' % (self.p,)

class Bad:
    def __fspath__(self):
        return 42

class NotPath:
    pass

print(os.fspath('a/b'), os.fspath(b'a/b'), os.fspath(P('x/y')), os.fspath(P(b'z')))
print(isinstance(P('a'), os.PathLike), isinstance('a', os.PathLike), issubclass(P, os.PathLike))
for o in [Bad(), NotPath(), 1, None, ['a']]:
    try:
        os.fspath(o)
    except TypeError as e:
        print('TypeError', e)
print(os.path.isdir(P('/tmp')), os.path.join(P('/tmp'), 'x'), os.path.basename(P('/a/b.c')))
print(os.stat(P('/tmp')).st_mode == os.stat('/tmp').st_mode, len(os.listdir(P('/'))) > 0)
for f in [os.stat, os.listdir, os.mkdir]:
    try:
        f(P('/tmp/adder_no_such_337/x'))
    except FileNotFoundError as e:
        print(f.__name__, 'FileNotFoundError', repr(e.filename))
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P('q')), os.fsdecode(P(b'r')))
print(os.fspath.__name__, os.PathLike.__name__)
class Sub(str):
    pass
print(type(os.fspath(Sub('s'))).__name__)
