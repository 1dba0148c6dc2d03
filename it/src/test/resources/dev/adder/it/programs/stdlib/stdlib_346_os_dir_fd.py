# functions relative to a directory descriptor (dir_fd) and fwalk
import os
import stat

base = '/tmp/adder_os_346'
__import__('shutil').rmtree(base, ignore_errors=True)
os.makedirs(base + '/d/e')
dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
try:
    print(stat.S_ISDIR(os.fstat(dfd).st_mode), os.fstat(dfd).st_ino == os.stat(base).st_ino)
    fd = os.open('f.txt', os.O_CREAT | os.O_WRONLY, 0o644, dir_fd=dfd)
    os.write(fd, b'dirfd')
    os.close(fd)
    print(os.stat('f.txt', dir_fd=dfd).st_size, os.path.exists(base + '/f.txt'))
    print(os.access('f.txt', os.R_OK, dir_fd=dfd), sorted(os.listdir(dfd)))
    os.mkdir('m', dir_fd=dfd)
    os.rename('f.txt', 'm/g.txt', src_dir_fd=dfd, dst_dir_fd=dfd)
    os.symlink('m/g.txt', 'ln', dir_fd=dfd)
    print(os.readlink('ln', dir_fd=dfd), stat.S_ISLNK(os.stat('ln', dir_fd=dfd, follow_symlinks=False).st_mode))
    with os.scandir(dfd) as it:
        print(sorted((e.name, e.path, e.is_dir()) for e in it))
    for root, dirs, files, rootfd in os.fwalk(base):
        print(os.path.relpath(root, base), sorted(dirs), sorted(files), isinstance(rootfd, int))
    os.unlink('ln', dir_fd=dfd)
    os.unlink('m/g.txt', dir_fd=dfd)
    os.rmdir('m', dir_fd=dfd)
    try:
        os.stat('nothing', dir_fd=dfd)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename)
    try:
        os.stat('x', dir_fd=9999)
    except OSError as e:
        print(type(e).__name__, e)
finally:
    os.close(dfd)
__import__('shutil').rmtree(base)
print(os.path.exists(base))
