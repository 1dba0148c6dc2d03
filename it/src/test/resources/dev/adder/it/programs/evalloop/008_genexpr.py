# Generator expressions and comprehensions
print(sum(x for x in range(100)))
print(list(x * y for x in range(3) for y in range(3) if x != y))
g = (c.upper() for c in "abc")
print(next(g), list(g))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(sorted(x % 7 for x in range(20)))
print(dict((k, v) for k, v in zip("ab", (1, 2))))
print(tuple(i for i in range(5) if i % 2))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
nested = ((i, j) for i in range(2) for j in (i * 10 for _ in range(2)))
print(list(nested))
def f():
    n = 3
    return list(n * x for x in range(n))
print(f())
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy error:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print(list(zip((i for i in range(3)), (j for j in "xyz"))))
print(", ".join(str(i) for i in range(4)))
print([list(g) for g in ((j for j in range(i)) for i in range(3))])
