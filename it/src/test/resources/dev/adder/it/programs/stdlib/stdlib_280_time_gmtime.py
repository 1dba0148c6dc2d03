# time.gmtime of fixed timestamps: fields, rounding, struct_time as a tuple
import time

for ts in [0, 1, -1, -1.5, 1.9, 86399, 86400, 951782400, 1234567890, 1234567890.75,
           2**31, -2**31, 4102444800, 253402300799, -62135596800]:
    t = time.gmtime(ts)
    print(ts, tuple(t), t.tm_zone, t.tm_gmtoff)

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
print(t.tm_wday, t.tm_yday, t.tm_isdst)
print(len(t), t[0], t[-1], t[2:5], list(t)[:3])
y, mo, d, *rest = t
print(y, mo, d, rest)
print(t == tuple(t), isinstance(t, tuple), type(t).__name__, type(t).__module__)
print(time.gmtime(0) == time.gmtime(0.5), time.gmtime(0) < time.gmtime(1))

# leap years and year boundaries
for ts in [951868800, 4107542400, 946684799, 946684800, 978307199]:
    g = time.gmtime(ts)
    print(ts, g.tm_year, g.tm_mon, g.tm_mday, g.tm_yday, g.tm_wday)
