# A short, representative workload that the launcher runs once after each build to record the
# JVM's ahead-of-time cache (loaded classes and method profiles): start-up and warm-up of later
# runs get faster. Its output is discarded; nothing here may depend on the environment.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    total = 0
    for i in range(20000):
        total += i * 3 % 7
    p = Point(0, 0)
    for i in range(5000):
        p = p + Point(i, -i)
    d = {}
    for w in "the quick brown fox jumps over the lazy dog".split() * 200:
        d[w] = d.get(w, 0) + 1
    s = ",".join(str(i) for i in range(500)) if True else ""
    words = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    try:
        {}["missing"]
    except KeyError as e:
        err = repr(e)
    big = 2 ** 200 // 3
    f = 0.0
    for i in range(2000):
        f += i / 7.0
    return total, repr(p), words[:2], len(s), err, big % 1000, "%.3f" % f, fib(15), [x * x for x in range(100)][-1]


try:  # the modules most programs import, when CPython's Lib is found
    import re
    import json
    import collections
    import functools
    import itertools
    import math
    stdlib = (re.sub(r"(\w+)-(\d+)", r"\2:\1", "ab-12 cd-3"), json.loads(json.dumps({"a": [1, 2.5, None]})),
              collections.Counter("hello").most_common(2), functools.reduce(lambda a, b: a * b, range(1, 8)),
              list(itertools.islice(itertools.count(), 5)), math.sqrt(2))
except ImportError as e:
    stdlib = e
try:  # os (posix) and random, imported by many programs
    import os
    import random
    stdlib = stdlib, os.path.join("a", "b"), os.fspath("c"), random.Random(1).random()
except ImportError as e:
    stdlib = stdlib, e

for _ in range(3):
    try:
        result = work()
    except Exception as e:  # a feature the VM lacks must not stop the training run
        result = e
print(result, stdlib)
