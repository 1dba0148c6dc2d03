# utime with times, ns and the current time; stat reads them back
import os

p = '/tmp/adder_os_331'
os.close(os.open(p, os.O_CREAT | os.O_WRONLY, 0o644))
try:
    os.utime(p, (1000000000, 1234567890))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st[7], st[8], st.st_atime_ns, st.st_mtime_ns)
    os.utime(p, times=(1.5, 2.25))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
    os.utime(p, ns=(1_500_000_001, 1_600_000_000_123_456_789))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns, st[8], st.st_mtime)
    os.utime(p, (3.75, 0))
    st = os.stat(p)
    print(st.st_atime, st.st_atime_ns, st.st_mtime)
    os.utime(p)
    print(os.stat(p).st_mtime > 1.6e9)
    os.utime(p, None)
    print(os.path.getmtime(p) > 1.6e9, os.path.getatime(p) > 1.6e9)
    for a, k in [((p, 5), {}), ((p, (1,)), {}), ((p, (1, 2)), {'ns': (1, 2)}), ((p,), {'ns': 5}),
                 ((p,), {'ns': (1.5, 2)}), ((p, ('a', 1)), {}), (('/tmp/adder_no_such_331', (1, 2)), {}),
                 ((p, (float('nan'), 1)), {})]:
        try:
            os.utime(*a, **k)
            print('ok')
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    os.unlink(p)
