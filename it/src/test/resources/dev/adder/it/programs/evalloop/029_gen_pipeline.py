# Generator pipelines: itertools-like helpers written in Python
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def chunks(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v

def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(take(5, count(10, 5))))
print(list(chunks(range(7), 3)))
print(list(pairwise("abcd")))
print(list(accumulate(take(6, count(1)))))
print(list(take(10, primes())))
print(sum(take(1000, (x * x for x in count()))))
def roundrobin(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(roundrobin("abc", range(2), (c for c in "XYZW"))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
print(next(v for v in fib() if v > 1000))
