# time.strftime with every C-locale directive on fixed times
import time

fmts = ["%a %A %b %B", "%c", "%d %e %j", "%H %I %k %l %M %S %p %P",
        "%m %y %Y %C", "%U %W %w %u", "%V %G %g", "%x %X %D %F %T %R %r",
        "%h|%n|%t|%%", "%Z %z", "plain text", "", "%Q %f %i", "%", "abc%", "%Ec %Oy %E"]
stamps = [0, 1234567890, 951782400, 1104537600, 1230768000, 1609459199, 1700000000, -86400 * 365]
for ts in stamps:
    t = time.gmtime(ts)
    for f in fmts:
        print(repr(f), repr(time.strftime(f, t)))

# plain tuples (no zone information), with zero month/day/yday fixed up
print(time.strftime("%Y-%m-%d %j %a", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S", (1999, 12, 31, 23, 59, 61, 4, 365, 0)))
print(time.strftime("%a %w", (2000, 1, 1, 0, 0, 0, 7, 1, 0)))
print(time.strftime("%Y %y %C %G", (-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y %y", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Z|%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3600))))
print(time.strftime("%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'XYZ', -5400))))
