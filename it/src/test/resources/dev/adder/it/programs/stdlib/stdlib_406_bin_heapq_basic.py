# heapq: push/pop/replace/pushpop/heapify and the helpers built on them
import heapq, _heapq

print(heapq.heappush is _heapq.heappush, heapq.heapify is _heapq.heapify, heapq._heapify_max is _heapq._heapify_max)
h = []
for v in [5, 7, 9, 1, 3, 8, 2, 6, 4, 0]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [19, 3, 44, 1, 27, 8, 15, 30, 2, 2, 11]
heapq.heapify(data)
print(data, data[0])
print(heapq.heapreplace(data, 50), data)
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 12), data)
print(heapq.heappushpop([], 5), heapq.nsmallest(3, [5, 1, 4, 1, 5, 9]), heapq.nlargest(2, 'hello'))
print(heapq.nlargest(3, [(1, 'a'), (3, 'b'), (2, 'c')], key=lambda t: t[0]), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
m = [3, 9, 1, 7, 5]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 4), m)
big = [(i * 7919) % 10007 for i in range(6000)]
heapq.heapify(big)
print(big[:12], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
print([heapq.heappop(big) for _ in range(8)])
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
