# struct_time: __reduce__, the dict argument, copying, not subclassable
import time
import copy

t = time.gmtime(0)
print(t.__reduce__())
s = time.struct_time(tuple(range(9)), {'tm_zone': 'X', 'tm_gmtoff': 5})
print(s.tm_zone, s.tm_gmtoff)
s = time.struct_time(tuple(range(10)), {'tm_zone': 'X', 'tm_gmtoff': 5})
print(s.tm_zone, s.tm_gmtoff)
s = time.struct_time(sequence=tuple(range(9)), dict={'tm_gmtoff': -60})
print(s.tm_zone, s.tm_gmtoff)
c = copy.copy(t)
print(c, c.tm_zone, c.tm_gmtoff, c == t)
d = copy.deepcopy(time.localtime(86400))
print(d == time.localtime(86400), d.tm_zone == time.localtime(86400).tm_zone)
cls, args = t.__reduce__()
print(cls(*args) == t, cls(*args).tm_zone)

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(time.struct_time, tuple(range(9)), 5)
err(time.struct_time, tuple(range(9)), None)
err(time.struct_time)
err(time.struct_time, x=1)
try:
    class X(time.struct_time):
        pass
except TypeError as e:
    print("TypeError", e)
print(time.strftime("%Z %z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0), {'tm_zone': 'QQ', 'tm_gmtoff': 19800})))
