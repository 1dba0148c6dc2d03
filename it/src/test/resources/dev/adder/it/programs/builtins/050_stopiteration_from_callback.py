# A StopIteration raised by a callback ends the iteration that called it, as in CPython.
def f(x):
    if x == 3:
        raise StopIteration
    return x * 2
print(list(map(f, range(6))))
for v in map(f, range(6)):
    print(v)
print(sum(map(f, range(10))))
print(tuple(filter(lambda x: f(x) > 0, range(6))))
it = map(f, range(6))
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e))
print(next(map(f, [3]), "dflt"))
print(sorted(map(f, [5, 4, 3, 2])))
print(3 in map(f, range(6)))
