# collections.deque: both ends, indexing, rotation, search, copying, comparison and repr
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d, list(reversed(d)), d.count(4), d.index(4), d.index(4, 0, 10))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("x")
d[0] = "S"
del d[1]
print(d, d.index("y"))
d.reverse()
print(d)
e = d.copy()
e.clear()
print(e, d == d.copy(), d != e, bool(e), bool(d))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]),
      deque([1, 2, 3]) >= deque([1, 2]), deque([1]) == [1])
print(deque("abc") + deque("de"), deque([1, 2]) * 3, 2 * deque([0]), deque([1]) * 0)
f = deque([1, 2])
f += [3, 4]
f *= 2
print(f, deque(), deque(range(3)), deque(iter("xy")))
g = deque()
g.append(g)
print(g, repr(deque([deque([1])])))
print(deque.__name__, deque.__module__, type(iter(d)).__name__, type(reversed(d)).__name__)
print(sum(deque(range(101))), max(deque([3, 7, 1])), sorted(deque([3, 1, 2])), list(enumerate(deque("ab"))))
class MyDeque(deque):
    def total(self):
        return sum(self)
m = MyDeque([1, 2, 3], maxlen=5)
m.tag = "mine"
print(m, m.total(), m.tag, type(m.copy()).__name__, m.copy(), m.maxlen, isinstance(m, deque))
