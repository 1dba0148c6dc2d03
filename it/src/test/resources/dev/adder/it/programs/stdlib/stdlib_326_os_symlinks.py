# symlink, readlink, lstat, link and DirEntry on links (dangling ones too)
import os
import stat

base = '/tmp/adder_os_326'
__import__('shutil').rmtree(base, ignore_errors=True)  # a previous run's leftovers
os.makedirs(base, exist_ok=True)
target = base + '/target.txt'
fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
os.write(fd, b'abcdef')
os.close(fd)
try:
    os.symlink('target.txt', base + '/ln')
    os.symlink(base + '/missing', base + '/dangling')
    os.symlink('.', base + '/dirlink', target_is_directory=True)
    os.link(target, base + '/hard')
    print(os.readlink(base + '/ln'), os.readlink((base + '/dangling').encode()).replace(base.encode(), b'B'))
    print(stat.S_ISLNK(os.lstat(base + '/ln').st_mode), stat.S_ISLNK(os.stat(base + '/ln').st_mode))
    print(os.stat(base + '/ln').st_size, os.lstat(base + '/ln').st_size, os.stat(base + '/hard').st_nlink)
    print(os.path.islink(base + '/ln'), os.path.islink(target), os.path.exists(base + '/dangling'),
          os.path.lexists(base + '/dangling'))
    print(os.path.realpath(base + '/ln') == target, os.path.samefile(base + '/hard', target))
    with os.scandir(base) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(e.name, e.is_symlink(), e.is_file(), e.is_dir(), e.is_file(follow_symlinks=False),
                  e.is_dir(follow_symlinks=False))
    for f, a in [(os.readlink, (target,)), (os.readlink, (base + '/nope',)), (os.symlink, ('x', base + '/ln')),
                 (os.link, (target, base + '/hard')), (os.link, (base + '/nope', base + '/h2')),
                 (os.stat, (base + '/dangling',))]:
        try:
            f(*a)
        except OSError as e:
            print(f.__name__, type(e).__name__, e.errno, str(e).replace(base, 'B'))
    print(os.stat(base + '/dangling', follow_symlinks=False).st_mode == os.lstat(base + '/dangling').st_mode)
finally:
    for n in ['ln', 'dangling', 'dirlink', 'hard', 'target.txt']:
        try:
            os.unlink(base + '/' + n)
        except OSError as e:
            print('cleanup', n, e.errno)
    os.rmdir(base)
