# heapq: merge of sorted streams, top-k with keys and ties, running median with two heaps
import heapq

logs = [[(1, 'a1'), (4, 'a2'), (9, 'a3')], [(2, 'b1'), (4, 'b2')], [], [(0, 'c1'), (10, 'c2')]]
print(list(heapq.merge(*logs)))
print(list(heapq.merge(*logs, key=lambda e: -e[0] if False else e[0])))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(1, [3, 1, 3]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1]))

def running_median(values):
    low, high, out = [], [], []
    for v in values:
        if not low or v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out

print(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]))
h = list(range(20, 0, -1))
heapq._heapify_max(h)
print(h[:5], [heapq._heappop_max(h) for _ in range(5)])
