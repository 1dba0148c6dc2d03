# rename and replace: files, directories and their errors
import os

base = '/tmp/adder_os_329'
__import__('shutil').rmtree(base, ignore_errors=True)  # a previous run's leftovers
os.makedirs(base + '/d1', exist_ok=True)
os.makedirs(base + '/d2/inner', exist_ok=True)

def mk(name, data):
    fd = os.open(base + '/' + name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC)
    os.write(fd, data)
    os.close(fd)

def rd(name):
    fd = os.open(base + '/' + name, os.O_RDONLY)
    try:
        return os.read(fd, 100)
    finally:
        os.close(fd)

def t(f, a, b):
    try:
        f(base + '/' + a, base + '/' + b)
        print(f.__name__, a, b, 'ok', sorted(os.listdir(base)))
    except OSError as e:
        print(f.__name__, a, b, type(e).__name__, e.errno, str(e).replace(base, 'B'))

mk('a', b'A')
mk('b', b'B')
t(os.rename, 'a', 'c')
print(rd('c'))
t(os.replace, 'b', 'c')
print(rd('c'))
t(os.rename, 'missing', 'x')
t(os.rename, 'c', 'd1')
t(os.rename, 'd1', 'c')
t(os.rename, 'd1', 'd2')
t(os.rename, 'd1', 'd3')
t(os.rename, 'c', 'd3/c')
t(os.rename, 'c', 'nodir/c')
t(os.replace, 'd3', 'd3/sub')
mk('e', b'E')
t(os.rename, 'e', 'e')
print(rd('e'))
try:
    os.rename('', base + '/e')
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(base, 'B'))
for n in ['d3/c', 'e']:
    os.unlink(base + '/' + n)
for n in ['d3', 'd2/inner', 'd2']:
    os.rmdir(base + '/' + n)
os.rmdir(base)
print(os.path.exists(base))
