# deque errors: empty pops, bad indexes, missing values, full deques, mutation during iteration
from collections import deque

d = deque([1, 2, 3], maxlen=3)
tests = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: d[3], lambda: d[-4], lambda: d["a"],
    lambda: d[0:1], lambda: d.remove(9), lambda: d.index(9), lambda: d.index(1, "a"), lambda: d.insert(0, 0),
    lambda: deque([], -1), lambda: deque([], "a"), lambda: deque(1), lambda: deque([1], 2, 3),
    lambda: deque(x=1), lambda: d + [1], lambda: d < [1], lambda: hash(d), lambda: d * "a",
    lambda: d.rotate("a"), lambda: d.count(), lambda: d.extend(5), lambda: d.append(), lambda: d.pop(0),
    lambda: d.maxlen.__setattr__("x", 1),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print(e)
e = deque([1, 2, 3])
try:
    for x in e:
        e.append(x)
except RuntimeError as err:
    print("RuntimeError", err)
try:
    for x in reversed(e):
        e.popleft()
except RuntimeError as err:
    print("RuntimeError", err)
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))
print(e)
del e[0]
del e[-1]
print(e)
e[5] = 1
