# chmod, access, umask and the permission bits of new files and directories
import os
import stat

base = '/tmp/adder_os_330'
old = os.umask(0o022)
try:
    os.mkdir(base, 0o777)
    print(oct(stat.S_IMODE(os.stat(base).st_mode)))
    p = base + '/f'
    os.close(os.open(p, os.O_CREAT | os.O_WRONLY, 0o666))
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    for mode in [0o600, 0o644, 0o755, 0o400, 0o000, 0o777, 0o4755 & 0o777]:
        os.chmod(p, mode)
        print(oct(mode), oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
    os.chmod(p, 0o640)
    print(os.access(p, os.F_OK), os.access(p, os.R_OK), os.access(p, os.X_OK), os.access(base + '/x', os.F_OK))
    print(os.access(base, os.R_OK | os.W_OK | os.X_OK), os.access('', os.F_OK), os.access(p.encode(), os.F_OK))
    print(os.umask(0o077), os.umask(0o022))
    os.umask(0o077)
    os.mkdir(base + '/private')
    os.close(os.open(base + '/secret', os.O_CREAT | os.O_WRONLY, 0o666))
    print(oct(stat.S_IMODE(os.stat(base + '/private').st_mode)), oct(stat.S_IMODE(os.stat(base + '/secret').st_mode)))
    os.umask(0o022)
    for f, a in [(os.chmod, (base + '/nope', 0o644)), (os.chmod, (p, 'x')), (os.chmod, (p,)),
                 (os.access, (p,)), (os.access, (p, 'r')), (os.chmod, (p, 0o644, None, False))]:
        try:
            f(*a)
        except (OSError, TypeError, NotImplementedError) as e:
            print(f.__name__, type(e).__name__, str(e).replace(base, 'B'))
    print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
finally:
    os.umask(old)
    for n in ['f', 'secret']:
        os.unlink(base + '/' + n)
    os.rmdir(base + '/private')
    os.rmdir(base)
