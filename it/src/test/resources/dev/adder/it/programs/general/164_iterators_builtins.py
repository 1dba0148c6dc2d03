# iter() with sentinels, next() defaults, iterators of builtins
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
print(next(it), next(it), list(it))
pos = 0
def reader():
    global pos
    pos += 1
    return data[pos - 1] if pos <= len(data) else None
print(list(iter(reader, 5)))
print(next(iter([]), "empty"), next(iter("x")))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())), list(iter(d.values())))
r = reversed([1, 2, 3])
print(next(r), list(r))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
m = map(int, "123")
print(next(m), sum(m))
e = enumerate("xy")
print(list(e))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
