# getstate/setstate: a 625-tuple that restores the generator exactly
import _random

r = _random.Random(2024)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[:4])
first = [r.random() for _ in range(700)]
r.setstate(st)
print(first == [r.random() for _ in range(700)])
r.seed(3)
for _ in range(623):
    r.getrandbits(32)
s2 = r.getstate()
print(s2[-1], r.getrandbits(32), r.getrandbits(32))
r.setstate(s2)
print(r.getrandbits(32), r.getstate()[-1])

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

t(r.setstate, [0] * 625)
t(r.setstate, (0,) * 624)
t(r.setstate, (0,) * 624 + (625,))
t(r.setstate, (0,) * 624 + (-1,))
t(r.setstate, (-1,) * 625)
t(r.setstate, ("a",) * 625)
t(r.getrandbits, -1)
t(r.getrandbits, 1.5)
t(r.getrandbits)
t(r.seed, 1, 2)
t(r.random, 1)
t(_random.Random, 1, 2)
t(_random.Random, x=1)
ok = (5,) * 624 + (624,)
r.setstate(ok)
print(r.getstate() == ok, r.getrandbits(16))
for st in [(2**40 + 5,) * 625, (2**64,) * 625, (0,) * 624 + (2**70,), (0,) * 624 + ("a",),
           (0,) * 624 + (624.0,), (2**33 + 9,) * 624 + (0,)]:
    t(r.setstate, st)
print(r.getstate()[:2])
