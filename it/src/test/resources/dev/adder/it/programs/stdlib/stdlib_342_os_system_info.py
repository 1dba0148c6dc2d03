# uname, times, cpu_count, ids, pid: shapes and types (no machine values)
import os
import sys

u = os.uname()
print(type(u).__name__, len(u), u._fields if hasattr(u, '_fields') else u.n_fields)
print(u.sysname, u.sysname == sys.platform.title(), all(isinstance(x, str) for x in u))
print(u[0] == u.sysname, u[4] == u.machine, bool(u.release), bool(u.nodename))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0, t.elapsed > 0)
print(t[0] == t.user, t[4] == t.elapsed, t.children_user >= 0, t.children_system >= 0)
print(type(os.times_result).__name__, os.times_result.__module__, os.uname_result.n_fields)
n = os.cpu_count()
print(isinstance(n, int), n >= 1)
for f in [os.getpid, os.getppid, os.getuid, os.geteuid, os.getgid, os.getegid]:
    v = f()
    print(f.__name__, isinstance(v, int), v >= 0)
print(os.getpid() != os.getppid(), os.getuid() == os.geteuid())
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir)
print(os.defpath, sys.platform)
r = repr(u)
print(r.startswith('posix.uname_result(sysname='), 'machine=' in r)
try:
    os.uname(1)
except TypeError as e:
    print(e)
import shutil
v = os.statvfs('/tmp')
du = shutil.disk_usage('/tmp')
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_blocks >= v.f_bfree >= 0, v.f_namemax, du.total >= du.used)
try:
    os.statvfs('/tmp/adder_no_such_342')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
