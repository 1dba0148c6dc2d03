# argument errors of gmtime/localtime/sleep/ctime as python3 reports them
import time

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for f in (time.gmtime, time.localtime, time.ctime):
    t(f, "x")
    t(f, float("nan"))
    t(f, 1e20)
    t(f, 2**70)
    t(f, -2**70)
    t(f, 1, 2)
    t(f, [1])
t(time.gmtime, 1e18)
t(time.gmtime, x=1)
t(time.sleep, -1)
t(time.sleep, -0.5)
t(time.sleep, "x")
t(time.sleep, float("nan"))
t(time.sleep)
t(time.sleep, 1, 2)
t(time.sleep, None)
t(time.time, 1)
t(time.monotonic_ns, 1)
t(time.perf_counter, None)
t(time.get_clock_info)
t(time.get_clock_info, 5)
t(time.clock_gettime)
t(time.mktime)
print(time.gmtime(True), time.gmtime(None) is not None)
