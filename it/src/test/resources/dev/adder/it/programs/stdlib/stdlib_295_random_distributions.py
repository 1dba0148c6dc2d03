# the distributions of random.py on top of _random, seeded
import random

r = random.Random(7)
print(r.triangular(), r.triangular(0, 10, 3), r.betavariate(2, 3), r.expovariate(1.5))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1))
print(r.lognormvariate(0, 1), r.normalvariate(5, 2), r.vonmisesvariate(1, 2))
print(r.paretovariate(3), r.weibullvariate(1, 1.5), r.binomialvariate(20, 0.3) if hasattr(r, "binomialvariate") else "-")
print([round(r.gauss(), 12) for _ in range(4)])
print(r.getrandbits(1), r.getrandbits(100))
print(r.randint(-10**20, 10**20), r.randrange(10**25))
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
print(r.sample(deck, 5), r.sample(range(10**9), 3))
print(r.sample(["a", "b", "c"], counts=[3, 1, 2], k=6))
