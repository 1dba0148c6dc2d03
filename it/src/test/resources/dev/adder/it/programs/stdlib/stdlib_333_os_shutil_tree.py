# shutil on top of posix: rmtree (and its errors), move, disk_usage-free helpers, which
import os
import shutil

base = '/tmp/adder_os_333'
__import__('shutil').rmtree(base, ignore_errors=True)  # a previous run's leftovers
os.makedirs(base + '/src/sub/deep', exist_ok=True)
for f in ['src/a', 'src/sub/b', 'src/sub/deep/c']:
    fd = os.open(os.path.join(base, f), os.O_CREAT | os.O_WRONLY, 0o644)
    os.write(fd, f.encode())
    os.close(fd)
try:
    shutil.move(base + '/src/a', base + '/moved_a')
    print(sorted(os.listdir(base)), sorted(os.listdir(base + '/src')))
    shutil.move(base + '/src/sub', base + '/sub2')
    print(sorted(os.listdir(base)), sorted(os.listdir(base + '/sub2')))
    errs = []
    shutil.rmtree(base + '/nothing', onerror=lambda f, p, e: errs.append((f.__name__, e[0].__name__)))
    print(errs)
    shutil.rmtree(base + '/nothing', ignore_errors=True)
    try:
        shutil.rmtree(base + '/nothing')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename.replace(base, 'B'))
    try:
        shutil.rmtree(base + '/moved_a')
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno, e.filename.replace(base, 'B'))
    os.symlink(base + '/sub2', base + '/link')
    try:
        shutil.rmtree(base + '/link')
    except OSError as e:
        print(type(e).__name__, e)
    os.unlink(base + '/link')
    print(shutil.which('sh') is not None, shutil.which('adder-no-such-program-333'))
    ts = shutil.get_terminal_size((77, 33))
    print(type(ts).__name__, ts.columns > 0, ts.lines > 0)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
