# algorithms on deque, defaultdict, Counter and namedtuple together
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]:
    graph[a].append(b)
    graph[b].append(a)

def bfs(start):
    seen = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen

print(bfs("a"), bfs("f"), sorted(graph))

def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)

print(anagram_groups(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
text = "it was the best of times it was the worst of times"
freq = Counter(text.split())
print(freq.most_common(3), sum(freq.values()), len(freq))
Edge = namedtuple("Edge", "src dst weight")
edges = [Edge("a", "b", 4), Edge("a", "c", 1), Edge("c", "b", 2), Edge("b", "d", 5)]
by_src = defaultdict(list)
for e in edges:
    by_src[e.src].append(e)
print({k: [(e.dst, e.weight) for e in v] for k, v in by_src.items()})
print(sorted(edges, key=lambda e: e.weight)[0], max(edges, key=lambda e: e.weight).dst)

def sliding_max(values, k):
    dq, out = deque(), []
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(values[dq[0]])
    return out

print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
stack = deque()
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print(stack.pop() + ch, end=" ")
print(len(stack))
cache = OrderedDict()
for k in [1, 2, 3, 1, 4, 5]:
    cache[k] = k * k
    cache.move_to_end(k)
    while len(cache) > 3:
        cache.popitem(last=False)
print(list(cache.items()))
