# strftime / asctime argument checking
import time

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for tup in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0),
            (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, -1, 0, 0, 0, 0, 1, 0),
            (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, -1, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0),
            (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0),
            (2000, 1, 1, 0, 0, 0, 0, -1, 0), (2000, 1, 1, 0, 0, 0, 0, 366, 5)]:
    t(time.strftime, "%Y-%m-%d", tup)
    t(time.asctime, tup)
t(time.strftime, "%Y", (1, 2, 3))
t(time.strftime, "%Y", "abc")
t(time.strftime, "%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])
t(time.strftime, 5)
t(time.strftime, b"%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, "%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, "%Y", (2000, "1", 1, 0, 0, 0, 0, 1, 0))
t(time.strftime)
t(time.strftime, "a", (), 3)
t(time.asctime, (1, 2, 3))
t(time.asctime, 5)
t(time.asctime, 1, 2)
