# mkdir, rmdir, makedirs, removedirs and their errors
import os

base = '/tmp/adder_os_324'
import shutil
shutil.rmtree(base, ignore_errors=True)  # a run stopped halfway leaves it behind

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename is not None and e.filename.replace(base, 'B'))

t(os.mkdir, base)
t(os.mkdir, base)
t(os.mkdir, base + '/a/b')
t(os.makedirs, base + '/a/b/c')
t(os.makedirs, base + '/a/b/c')
t(os.makedirs, base + '/a/b/c', exist_ok=True)
print(sorted(os.listdir(base)), os.listdir(base + '/a'))
t(os.rmdir, base + '/a')
t(os.rmdir, base + '/zz')
fd = os.open(base + '/file', os.O_CREAT | os.O_WRONLY, 0o644)
os.close(fd)
t(os.rmdir, base + '/file')
t(os.mkdir, base + '/file')
t(os.mkdir, base + '/file/sub')
t(os.makedirs, base + '/file/sub')
t(os.unlink, base + '/a')
t(os.remove, base + '/file')
t(os.remove, base + '/file')
t(os.removedirs, base + '/a/b/c')
print(os.path.exists(base + '/a'), os.path.exists(base))
t(os.mkdir, base, 0o700)
t(os.rmdir, base)
t(os.rmdir, '')
t(os.mkdir, '')
