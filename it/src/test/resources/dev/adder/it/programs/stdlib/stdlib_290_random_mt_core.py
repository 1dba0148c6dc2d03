# _random.Random: the Mersenne Twister seeded with ints gives CPython's sequences
import _random

r = _random.Random(42)
print([r.random() for _ in range(5)])
for seed in [0, 1, -1, 5, -5, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 7, -(2**100) - 3, 10**40, 123456789]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(32))
r.seed(1)
print([r.getrandbits(k) for k in (0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 100, 200)])
r.seed(2**200 + 1)
print(r.getrandbits(256))
a = _random.Random(7)
b = _random.Random(7)
print(all(a.random() == b.random() for _ in range(2000)))
print(type(r).__name__, type(r).__module__, isinstance(r.random(), float))
r.seed(True)
x = r.random()
r.seed(1)
print(x == r.random())
