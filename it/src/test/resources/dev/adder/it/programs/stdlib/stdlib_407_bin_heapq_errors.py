# heapq: wrong types, empty heaps, failing and list-mutating comparisons
import heapq

class Boom:
    def __lt__(self, other):
        raise ZeroDivisionError('no order')

class Shrinker:
    def __init__(self, v, heap): self.v = v; self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v

calls = [lambda: heapq.heappush((), 1), lambda: heapq.heappop(()), lambda: heapq.heapify(None),
         lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq._heappop_max([]),
         lambda: heapq.heappushpop('ab', 1), lambda: heapq.heappush([1]), lambda: heapq.heappop(),
         lambda: heapq.heappush(heap=[], item=1), lambda: heapq.heappush([1, 'a'], 0),
         lambda: heapq.heapify([3, 'x', 1]), lambda: heapq.heappush([Boom()], Boom()),
         lambda: heapq.heappushpop([1], 'x'), lambda: heapq._heapreplace_max([], 1)]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
h = [1, 2, 3]
h.append(Shrinker(0, h))
try:
    heapq.heapify(h)
except RuntimeError as e:
    print('RuntimeError', e, h)
h2 = [Shrinker(5, None), Shrinker(6, None)]
h2[0].heap = h2
try:
    heapq.heappush(h2, Shrinker(1, h2))
except RuntimeError as e:
    print('RuntimeError', e, len(h2))

class L(list):
    pass
hl = L([5, 2, 8])
heapq.heapify(hl)
heapq.heappush(hl, 1)
print(hl, type(hl).__name__, heapq.heappop(hl))
heapq.heappush([None], 1)
