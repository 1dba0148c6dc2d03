# bisect: key functions, custom sequences, user comparisons, and errors
import bisect

people = [('ann', 25), ('bob', 31), ('cy', 31), ('dee', 40)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 31, key=lambda p: p[1]))
bisect.insort(people, ('eve', 31), key=lambda p: p[1])
bisect.insort_left(people, ('fay', 31), key=lambda p: p[1])
print(people)
print(bisect.bisect([1, 2, 3], 2, key=None))

class Seq:
    def __init__(self, n): self.n = n; self.calls = 0
    def __len__(self): return self.n
    def __getitem__(self, i):
        self.calls += 1
        return i * 10
    def insert(self, i, x): print('insert', i, x)
sq = Seq(1000)
print(bisect.bisect_left(sq, 4321), sq.calls)
bisect.insort(sq, 55)

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return 'Rev(%d)' % self.v
r = [Rev(9), Rev(7), Rev(3)]
bisect.insort(r, Rev(5))
print(r)
for call in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect([1], 1, 1.5), lambda: bisect.bisect(5, 1),
             lambda: bisect.bisect({0: 1}, 1), lambda: bisect.bisect([1, 2], 'x'), lambda: bisect.bisect([1]),
             lambda: bisect.bisect([1], 1, 0, 1, None), lambda: bisect.bisect([1], 1, foo=2),
             lambda: bisect.insort((1, 2), 3), lambda: bisect.bisect([1], 1, 2 ** 70),
             lambda: bisect.bisect([1, 2], 1, key=len), lambda: bisect.bisect(None, 1, 0, 3)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
bisect.bisect_left([1, 'a'], 0.5)
