# localtime/mktime/ctime in the machine's zone (python3 and Adder run in the same one)
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for ts in [0, 1234567890, 1690000000, 1699171200, 1699174800, 1678604400, 1711846800, -5000000]:
    lt = time.localtime(ts)
    print(tuple(lt), lt.tm_zone, lt.tm_gmtoff)
    print(time.mktime(lt), time.ctime(ts), time.strftime("%Z %z %s %c", lt))
    print(lt.tm_zone in time.tzname, lt.tm_gmtoff in (-time.timezone, -time.altzone))
for isdst in (0, 1):
    print(isdst, time.mktime((2023, 11, 5, 1, 30, 0, 0, 0, isdst)), time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, isdst)))
print(time.mktime((2023, 1, 10, 1, 30, 0, 0, 0, -1)), time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, -1)))
print(time.mktime((2023, 3, 12, 2, 30, 0, 0, 0, -1)))
print(time.strftime("%Z|%z", (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Z|%z", (2000, 7, 1, 0, 0, 0, 0, 1, 1)))
print(time.localtime(1e9) == time.localtime(1000000000.999))
print(time.localtime(-1.5)[:6] == time.localtime(-2)[:6])
