# infinite iterators tamed with islice, takewhile, zip and next
from itertools import accumulate, chain, count, cycle, islice, repeat, starmap, takewhile, dropwhile, tee, pairwise

def take(n, iterable):
    return list(islice(iterable, n))

print(take(5, count(1, 2)), take(4, cycle("XYZ")), take(3, repeat([])))
print(take(6, accumulate(count(1))), take(5, accumulate(cycle([1, -1]))))
print(take(5, chain(count(100, -1))), take(7, chain.from_iterable(repeat("ab"))))
print(take(4, starmap(pow, zip(count(2), repeat(2)))), take(5, map(lambda x: x * x, count())))
print(list(takewhile(lambda x: x < 40, accumulate(count(1)))))
print(take(3, dropwhile(lambda x: x < 1000, (n * n for n in count()))))
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(take(12, primes))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()), next(islice(fib(), 90, None)))
evens, odds = tee(count())
print(take(3, islice(evens, 0, None, 2)), take(3, islice(odds, 1, None, 2)))
print(take(4, pairwise(count(10))), take(3, zip(count(), cycle("ab"), repeat(None))))
print(sum(islice(count(1), 100)), sum(islice(cycle([1, 2, 3]), 10)), max(islice(repeat(5), 3)))
c = count()
print(list(zip(range(3), c)), next(c))
triangle = accumulate(count(1))
print([t for t in takewhile(lambda t: t < 100, triangle) if t % 2 == 0])
print(take(3, islice(count(0.5, 0.25), 2, None)), take(2, count(10 ** 30, -10 ** 30)))
r = repeat(1)
print(take(2, r), take(2, r), repr(r))
cyc = cycle(range(3))
print([next(cyc) for _ in range(7)])
print(take(5, (x for x in count() if x % 7 == 3)))
