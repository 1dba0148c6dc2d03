# bisect: a sorted multiset and an interval lookup built on bisect and insort
import bisect

class SortedList:
    def __init__(self, items=()):
        self._items = sorted(items)
    def add(self, x):
        bisect.insort(self._items, x)
    def remove(self, x):
        i = bisect.bisect_left(self._items, x)
        if i == len(self._items) or self._items[i] != x:
            raise ValueError('%r not in list' % (x,))
        del self._items[i]
    def count(self, x):
        return bisect.bisect_right(self._items, x) - bisect.bisect_left(self._items, x)
    def range(self, lo, hi):
        return self._items[bisect.bisect_left(self._items, lo):bisect.bisect_right(self._items, hi)]
    def __repr__(self):
        return 'SortedList(%r)' % self._items

s = SortedList([5, 1, 3])
for v in [4, 4, 0, 9, 3]:
    s.add(v)
print(s, s.count(4), s.count(7), s.range(3, 5))
s.remove(4)
print(s)
try:
    s.remove(8)
except ValueError as e:
    print(e)
breaks = [0, 18.5, 25, 30]
labels = ['under', 'normal', 'over', 'obese']
for bmi in [17, 18.5, 24.9, 25, 31, -1]:
    print(bmi, labels[bisect.bisect_right(breaks, bmi) - 1] if bmi >= 0 else '?')
events = [(3, 'c'), (1, 'a'), (2, 'b')]
timeline = []
for t, name in events:
    bisect.insort(timeline, (t, name), key=lambda e: e[0])
print(timeline, bisect.bisect_left(timeline, 2, key=lambda e: e[0]))
words = sorted(['pear', 'fig', 'banana', 'kiwi'], key=len)
bisect.insort_left(words, 'plum', key=len)
print(words)
