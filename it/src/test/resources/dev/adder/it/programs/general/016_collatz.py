# Collatz sequence lengths
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print([collatz_len(i) for i in range(1, 20)])
cache = {1: 0}
def cl(n):
    if n in cache:
        return cache[n]
    r = 1 + cl(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r
print(sum(cl(i) for i in range(1, 3000)))
