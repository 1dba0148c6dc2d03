import re

LOG = """\
2024-01-05 10:22:01 INFO  [web] GET /index.html 200 0.012s user=alice@example.com
2024-01-05 10:22:05 WARN  [db] slow query took 2.500s
2024-01-05 10:23:17 ERROR [web] POST /api/items 500 1.204s user=bob@example.org
garbage line without structure
2024-01-06 08:00:00 INFO  [cron] nightly job done
"""
LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<comp>\w+)\]\s
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)
for m in LINE.finditer(LOG):
    d = m.groupdict()
    print(d["date"], d["level"], d["comp"], repr(d["msg"][:20]))
print(len(LINE.findall(LOG)))
levels = {}
for m in LINE.finditer(LOG):
    levels[m["level"]] = levels.get(m["level"], 0) + 1
print(sorted(levels.items()))
emails = re.findall(r"user=([\w.]+@[\w.]+)", LOG)
print(emails)
durations = [float(x) for x in re.findall(r"(\d+\.\d+)s\b", LOG)]
print(durations, round(sum(durations), 3))
req = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3})")
print([(m["method"], m["path"], int(m["status"])) for m in req.finditer(LOG)])
print(re.sub(r"(?<=user=)[^@\s]+", "***", LOG.splitlines()[0]))
bad = [l for l in LOG.splitlines() if not LINE.match(l)]
print(bad)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", LOG.splitlines()[-1]))
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
print(sorted({date.search(l).group("d") for l in LOG.splitlines() if date.search(l)}))
