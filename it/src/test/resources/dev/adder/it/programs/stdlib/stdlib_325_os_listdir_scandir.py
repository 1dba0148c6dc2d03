# listdir and scandir: names, paths, str and bytes, context manager
import os

base = '/tmp/adder_os_325'
__import__('shutil').rmtree(base, ignore_errors=True)  # a previous run's leftovers
os.makedirs(base + '/sub/deeper', exist_ok=True)
for name in ['b.txt', 'a.py', 'c']:
    fd = os.open(os.path.join(base, name), os.O_CREAT | os.O_WRONLY | os.O_TRUNC)
    os.write(fd, name.encode() * 3)
    os.close(fd)
try:
    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(base.encode())))
    print(sorted(os.listdir(base + '/')))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path.replace(base, 'B'), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_file(follow_symlinks=False), os.fspath(e).replace(base, 'B'))
        print('  ', e.stat().st_size if e.is_file() else 'dir', e.inode() == os.stat(e.path).st_ino)
    it = os.scandir(base.encode())
    print(sorted(e.name for e in it), type(next(iter(os.scandir(base.encode()))).path).__name__)
    it.close()
    it.close()
    print(list(it))
    it = os.scandir(base + '/sub')
    print(iter(it) is it, [e.name for e in it], type(it).__name__, type(entries[0]).__name__)
    print(isinstance(entries[0], os.DirEntry), os.DirEntry.__module__, os.DirEntry[str])
    try:
        os.DirEntry()
    except TypeError as e:
        print('TypeError', e)
    for bad in ['/tmp/adder_nonexistent_325', base + '/a.py']:
        for f in [os.listdir, os.scandir]:
            try:
                f(bad)
            except OSError as e:
                print(f.__name__, type(e).__name__, e.errno, e.filename.replace(base, 'B'))
finally:
    for name in ['b.txt', 'a.py', 'c']:
        os.unlink(os.path.join(base, name))
    os.removedirs(base + '/sub/deeper')
print(os.path.exists(base))
