# DirEntry caches its stat results; os.walk with followlinks and a symlink loop
import os

base = '/tmp/adder_os_349'
__import__('shutil').rmtree(base, ignore_errors=True)
os.makedirs(base + '/real/inner')
fd = os.open(base + '/real/data', os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b'12345')
os.close(fd)
os.symlink(base + '/real', base + '/alias')
os.symlink(base, base + '/real/inner/loop')
try:
    with os.scandir(base + '/real') as it:
        entries = {e.name: e for e in it}
    e = entries['data']
    first = e.stat().st_size
    fd = os.open(base + '/real/data', os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'67890')
    os.close(fd)
    print(first, e.stat().st_size, os.stat(e.path).st_size, e.stat() is e.stat())
    print(e.stat(follow_symlinks=False).st_size, entries['inner'].is_dir(), entries['inner'].stat().st_nlink >= 2)
    seen = []
    for root, dirs, files in os.walk(base, followlinks=False):
        dirs.sort()
        seen.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(seen)
    seen = []
    for root, dirs, files in os.walk(base + '/alias', followlinks=True):
        dirs[:] = sorted(d for d in dirs if d != 'loop')
        seen.append((os.path.relpath(root, base), dirs, sorted(files)))
    print(seen)
    print(os.path.realpath(base + '/alias/inner/loop/real') == os.path.realpath(base + '/real'))
    with os.scandir(base) as it:
        links = sorted((e.name, e.is_symlink(), e.is_dir(), e.is_dir(follow_symlinks=False)) for e in it)
    print(links)
finally:
    os.unlink(base + '/real/inner/loop')
    os.unlink(base + '/alias')
    __import__('shutil').rmtree(base)
print(os.path.exists(base))
