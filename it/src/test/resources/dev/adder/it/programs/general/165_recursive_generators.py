# recursive generators: permutations, subsets, partitions
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
def partitions(n, maxpart=None):
    maxpart = maxpart or n
    if n == 0:
        yield []
        return
    for k in range(min(n, maxpart), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(perms([1, 2, 3])))
print(sorted(subsets(["a", "b", "c"]), key=lambda s: (len(s), s)))
print(list(partitions(5)), sum(1 for _ in partitions(20)))
