# asctime, ctime-style formatting and mktime round trips (in UTC via gmtime)
import time

for ts in [0, 1234567890, 951782400, 1700000000, 4102444800, -1000000000]:
    g = time.gmtime(ts)
    print(time.asctime(g))
print(time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((99999, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((5, 2, 3, 4, 5, 6, 3, 34, 0)))

# mktime is the inverse of localtime
for ts in [0, 86400, 1234567890, 1700000000]:
    lt = time.localtime(ts)
    print(ts, time.mktime(lt) == ts, type(time.mktime(lt)).__name__)
    print(time.ctime(ts) == time.asctime(lt))
# mktime normalizes out-of-range fields like C
a = time.mktime((2000, 14, 40, 30, 70, 70, 0, 1, -1))
b = time.mktime((2001, 3, 13, 7, 11, 10, 0, 1, -1))
print(a == b)
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)) - time.mktime((1999, 12, 31, 0, 0, 0, 0, 1, 0)))
for bad in [(1,), "x", (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0)]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    time.mktime()
except TypeError as e:
    print(e)
