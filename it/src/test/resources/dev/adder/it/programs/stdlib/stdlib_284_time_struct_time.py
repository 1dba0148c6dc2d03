# time.struct_time: construction, fields, repr, errors
import time

s = time.struct_time(tuple(range(9)))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
s = time.struct_time(range(10, 21))
print(s, s.tm_zone, s.tm_gmtoff, len(s), tuple(s))
s = time.struct_time([2020, 5, 17, 10, 20, 30, 6, 138, 1, 'CEST', 7200])
print(repr(s))
print(s.tm_year, s.tm_isdst, s.tm_zone, s.tm_gmtoff, s[8])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
print(time._STRUCT_TM_ITEMS)
match time.gmtime(86400 * 3):
    case time.struct_time(tm_year=1970, tm_mon=m, tm_mday=d):
        print("matched", m, d)
for bad in [(1, 2, 3), tuple(range(12)), 5, None]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    s.tm_year = 5
except AttributeError as e:
    print("AttributeError")
print(s + (1,))
print(s[:3], s.count(5), s.index(5) if 5 in s else -1)
print(sorted(time.struct_time((3, 1, 2, 0, 0, 0, 0, 0, 0))))
print(tuple(time.gmtime(0)) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(hash(time.gmtime(5)) == hash(tuple(time.gmtime(5))))
