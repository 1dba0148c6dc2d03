# a resource pool managed by context managers
class Pool:
    def __init__(self, n):
        self.free = list(range(n))
        self.log = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError("pool exhausted")
                self.id = pool.free.pop(0)
                pool.log.append(f"+{self.id}")
                return self.id
            def __exit__(self, *exc):
                pool.free.append(self.id)
                pool.log.append(f"-{self.id}")
                return False
        return Lease()

p = Pool(2)
with p.acquire() as a, p.acquire() as b:
    print("holding", a, b, p.free)
    try:
        with p.acquire() as c:
            print("never", c)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(p.free, p.log)
try:
    with p.acquire() as x:
        raise KeyError(x)
except KeyError as e:
    print("KeyError", e, p.free)
