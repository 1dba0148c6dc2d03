# os.path functions that ask the file system
import os
import os.path as op

base = '/tmp/adder_os_335'
__import__('shutil').rmtree(base, ignore_errors=True)
os.makedirs(base + '/dir/sub')
fd = os.open(base + '/dir/file.txt', os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b'12345')
os.close(fd)
os.symlink('file.txt', base + '/dir/link')
try:
    for p in ['dir', 'dir/file.txt', 'dir/link', 'dir/none', 'dir/sub/', 'dir/file.txt/']:
        full = op.join(base, p)
        print(p, op.exists(full), op.isfile(full), op.isdir(full), op.islink(full), op.lexists(full),
              op.ismount(full))
    print(op.getsize(base + '/dir/file.txt'), op.getmtime(base + '/dir') > 0, op.getctime(base) > 0)
    print(op.realpath(base + '/dir/link') == base + '/dir/file.txt', op.realpath(base + '/dir/sub/..'))
    print(op.samefile(base + '/dir/link', base + '/dir/file.txt'), op.ismount('/'), op.isabs(base))
    print(op.abspath('x') == op.join(os.getcwd(), 'x'), op.relpath(base + '/dir/sub', base))
    print(op.expanduser('~') == os.environ.get('HOME', op.expanduser('~')), op.expandvars('$NO_SUCH_VAR_335'))
    print(op.commonpath([base + '/dir/sub', base + '/dir/file.txt']).replace(base, 'B'))
    for f in [op.getsize, op.getmtime, op.getatime]:
        try:
            f(base + '/dir/none')
        except FileNotFoundError as e:
            print(f.__name__, 'FileNotFoundError', e.filename.replace(base, 'B'))
    try:
        op.samefile(base, base + '/none')
    except FileNotFoundError as e:
        print('samefile', e.errno)
    print(op.exists(''), op.exists(b'/'), op.isdir(base.encode()), op.exists(12345))
finally:
    __import__('shutil').rmtree(base)
