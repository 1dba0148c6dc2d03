# star-expressions in displays, calls and assignment
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*range(3), *"xy"])
d1 = {"x": 1}
d2 = {"y": 2, "x": 0}
print({**d1, **d2}, {**d2, **d1, "z": 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b), f(*a, 9, *b, k=1, **d1), f(**{"p": 1}, q=2))
head, *tail = "hello"
print(head, tail)
*_, last = [10, 20, 30]
print(last)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
print(*[1, 2, 3], sep="-")
print(*"abc", *range(2))
