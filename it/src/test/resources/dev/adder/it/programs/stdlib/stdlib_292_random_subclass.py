# subclassing _random.Random, and seeding with hashable non-int objects
import _random

class R(_random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag

    def twice(self):
        return self.random() * 2

r = R(99, "x")
print(r.tag, r.twice(), r.random())
base = _random.Random(99)
base.random()
print(base.random() == R(99, "y").random() or True)

class Custom(_random.Random):
    def random(self):
        return 0.5
c = Custom(1)
print(c.random(), c.getrandbits(8))
r2 = _random.Random()
r3 = _random.Random(None)
print(0 <= r2.random() < 1, 0 <= r3.random() < 1)
# the same float seeds as python3 (their hash)
for s in [0.0, 1.0, 2.5, -3.25]:
    g = _random.Random(s)
    print(s, g.random())
g = _random.Random((1, 2))
h = _random.Random((1, 2))
print(g.random() == h.random())
print(_random.Random.__name__, "random" in dir(_random.Random))
