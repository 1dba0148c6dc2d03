# an LRU cache built on dict ordering
class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.d = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            v = self.d.pop(k)
            self.d[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
            print("evict", oldest)
        self.d[k] = v
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.get("a"), c.get("z"))
c.put("d", "D")
c.put("e", "E")
print(list(c.d), c.get("b"), c.get("a"), c.hits, c.misses)
c.put("a", "AA")
print(list(c.d.items()))
