# bisect: left/right searches, lo/hi bounds, insort, identity with _bisect
import bisect, _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right,
      bisect.bisect_left is _bisect.bisect_left, type(bisect.bisect_left).__name__)
a = [1, 2, 2, 2, 3, 5, 8, 13]
for x in [0, 1, 2, 4, 13, 14]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2), bisect.bisect_left(a, x, 1, 4),
          bisect.bisect_right(a, x, hi=3), bisect.bisect_left(a, x, lo=2, hi=None))
print(bisect.bisect_right(a, 2, 5, 2), bisect.bisect_left(a, 2, 0, -1), bisect.bisect_left(a, 100, 0, 100))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(s, v)
print(s)
t = []
for v in [3, 3.0, 1, 1.0]:
    bisect.insort_left(t, v)
    bisect.insort_right(t, v)
print(t, [type(x).__name__ for x in t])
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('aceg', 'd'), bisect.bisect_right(('a', 'b', 'b'), 'b'), bisect.bisect(range(0, 100, 7), 50))
u = [1, 3]
bisect.insort(u, 2, 0, 2)
bisect.insort_left(u, 0, lo=0)
print(u)
