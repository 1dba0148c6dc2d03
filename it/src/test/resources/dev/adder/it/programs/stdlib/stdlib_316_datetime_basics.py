# datetime's behaviour where Lib's pure-Python datetime (whose classes repeat a name in __slots__)
# and CPython's C _datetime agree; their error messages differ, so no error cases here
import datetime as dt

d = dt.date(2024, 2, 29)
print(d, d + dt.timedelta(days=1), d.isoformat(), d.weekday(), tuple(d.isocalendar()))
print(d.replace(year=2025, day=28), d.toordinal(), dt.date.fromordinal(738000))
t = dt.datetime(2020, 1, 2, 3, 4, 5, 123456)
print(t, repr(t), t.strftime('%Y/%m/%d %H:%M:%S.%f %a %b %j'))
print(dt.timedelta(hours=25, seconds=3.5), -dt.timedelta(minutes=1), dt.timedelta(days=1) / 3)
print(dt.datetime.fromisoformat('2021-03-04T05:06:07'), dt.time(12, 30).isoformat('minutes'))
utc = dt.timezone.utc
a = dt.datetime(2000, 1, 1, tzinfo=utc)
b = dt.datetime(2000, 1, 1, 2, tzinfo=dt.timezone(dt.timedelta(hours=2), 'X'))
print(a == b, b.utcoffset(), b.tzname(), b.astimezone(utc), a.isoformat())
print(sorted([dt.date(2001, 5, 1), dt.date(1999, 12, 31), dt.date(2001, 1, 1)]))
print(len({dt.date(2001, 1, 1), dt.date(2001, 1, 1)}))
print(dt.datetime(2020, 5, 17) - dt.datetime(2019, 12, 25))
