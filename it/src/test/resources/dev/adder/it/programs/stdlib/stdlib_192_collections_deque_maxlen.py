# bounded deques: items fall off the far end; sliding windows and a ring buffer
from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d), end=" ")
print()
d.appendleft(-1)
print(d, d.maxlen)
d.extend("abcd")
print(d)
d.extendleft("xy")
print(d)
z = deque([1, 2, 3], maxlen=0)
z.append(1)
z.extend(range(10))
print(z, len(z))
print(deque(range(10), maxlen=4), deque(range(10), 4) == deque([6, 7, 8, 9]))
w = deque([1, 2], maxlen=5)
w *= 4
print(w)
w2 = deque([1, 2, 3], maxlen=4) * 3
print(w2, w2.maxlen)
c = deque([1, 2], maxlen=3) + deque([7, 8])
print(c, c.maxlen)

def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        if len(window) == n:
            out.append(sum(window) / n)
    return out

print(moving_average([1, 2, 3, 4, 5, 6, 7], 3))

def tail(lines, n):
    return list(deque(lines, maxlen=n))

print(tail((f"line{i}" for i in range(100)), 3))
r = deque(range(5))
r.rotate(7)
print(r)
r.rotate(-12)
print(r, deque().rotate(3), deque([1]).rotate(-1))
