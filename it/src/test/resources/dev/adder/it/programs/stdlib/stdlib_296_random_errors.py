# random.py error messages on top of _random
import random

r = random.Random(1)

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(r.randint, 5, 1)
t(r.randrange, 0)
t(r.randrange, 10, 1)
t(r.randrange, 0, 10, 0)
t(r.choice, [])
t(r.sample, [1, 2], 3)
t(r.sample, {1, 2}, 1)
t(r.sample, [1, 2], -1)
t(r.choices, [], k=2)
t(r.choices, "ab", weights=[1], k=2)
t(r.choices, "ab", weights=[0, 0], k=2)
t(r.getrandbits, -1)
t(r.randbytes, -1)
t(r.setstate, (9, (), None))
t(r.seed, [1, 2])
t(random.Random, 1, 2)
t(r.expovariate, 0)
print(r.random())
