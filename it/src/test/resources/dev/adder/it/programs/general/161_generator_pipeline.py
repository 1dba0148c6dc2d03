# lazy pipelines of generators
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
def take(it, n):
    for _ in range(n):
        yield next(it)
print(list(take(squares(evens(numbers())), 8)))
def windows(seq, k):
    it = iter(seq)
    win = [next(it) for _ in range(k)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(windows(range(6), 3)))
print(sum(1 for _ in windows("abcdefg", 2)))
def running_avg(it):
    total = count = 0
    for x in it:
        total += x
        count += 1
        yield total / count
print([round(v, 2) for v in running_avg([3, 5, 10, 2])])
lines = ["# comment", "x = 1", "", "  y=2  ", "# more", "z = 3"]
cleaned = (l.strip() for l in lines)
code = (l for l in cleaned if l and not l.startswith("#"))
print(list(code))
