# clocks: types, monotonicity, get_clock_info, constants
import time

a = time.monotonic(); b = time.monotonic()
print(type(a).__name__, b - a >= 0)
a = time.monotonic_ns(); b = time.monotonic_ns()
print(type(a).__name__, b - a >= 0)
a = time.perf_counter(); b = time.perf_counter()
print(type(a).__name__, b - a >= 0)
a = time.perf_counter_ns(); b = time.perf_counter_ns()
print(type(a).__name__, b >= a)
print(type(time.process_time()).__name__, time.process_time() >= 0)
print(type(time.process_time_ns()).__name__, time.process_time_ns() >= 0)
print(type(time.thread_time()).__name__, time.thread_time() >= 0)
print(type(time.thread_time_ns()).__name__)
t = time.time(); n = time.time_ns()
print(type(t).__name__, type(n).__name__, t > 1.6e9, abs(n / 1e9 - t) < 60)
print(time.gmtime().tm_year >= 2023, time.localtime().tm_year >= 2023)
s0 = time.monotonic()
time.sleep(0.02)
time.sleep(0)
print(time.monotonic() - s0 >= 0.015)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution > 0, type(info.implementation).__name__)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname))
