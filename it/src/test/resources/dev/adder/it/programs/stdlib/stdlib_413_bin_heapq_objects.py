# heapq: user-defined ordering, stability by counters, a scheduler and a k-way merge
import heapq

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)
    def __repr__(self):
        return 'Job(%d, %s)' % (self.prio, self.name)

jobs = [Job(3, 'c'), Job(1, 'z'), Job(2, 'b'), Job(1, 'a'), Job(5, 'e')]
heapq.heapify(jobs)
print(jobs[0])
order = []
while jobs:
    order.append(heapq.heappop(jobs).name)
print(order)

counter = 0
q = []
for prio, task in [(2, 'x'), (1, 'y'), (2, 'z'), (1, 'w')]:
    heapq.heappush(q, (prio, counter, task))
    counter += 1
print([heapq.heappop(q)[2] for _ in range(len(q))])

def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph.get(u, ()):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist

g = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)],
     'd': [('e', 6)], 'f': [('e', 9)]}
print(sorted(dijkstra(g, 'a').items()))
print(list(heapq.merge(*[range(i, 30, 7) for i in range(7)]))[:15])
print(heapq.nsmallest(4, range(100, 0, -3)), heapq.nlargest(4, range(100, 0, -3), key=lambda v: v % 10))
