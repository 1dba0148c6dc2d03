# urandom and the random module's use of it (lengths and types only)
import os
import random

for n in [0, 1, 16, 1000]:
    b = os.urandom(n)
    print(n, type(b).__name__, len(b))
print(os.urandom(64) != os.urandom(64))
sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, len(sr.randbytes(5)), sr.getrandbits(8) < 256)
r = random.Random()
r.seed()
print(0.0 <= r.random() < 1.0)
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'))
for bad in [-1, 'x', 1.5]:
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sr.seed(1)
    sr.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
