# BFS, DFS and Dijkstra on small graphs
graph = {"A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": []}
def bfs(g, s):
    seen, order, q = {s}, [], [s]
    while q:
        n = q.pop(0)
        order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
def dfs(g, s, seen=None):
    seen = [] if seen is None else seen
    seen.append(s)
    for m in g[s]:
        if m not in seen:
            dfs(g, m, seen)
    return seen
print(bfs(graph, "A"), dfs(graph, "A"))
w = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"a": 7, "c": 10, "d": 15}, "c": {"a": 9, "b": 10, "d": 11, "f": 2},
     "d": {"b": 15, "c": 11, "e": 6}, "e": {"d": 6, "f": 9}, "f": {"a": 14, "c": 2, "e": 9}}
def dijkstra(g, s):
    dist = {n: float("inf") for n in g}
    dist[s] = 0
    prev = {}
    todo = set(g)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, c in g[u].items():
            if dist[u] + c < dist[v]:
                dist[v] = dist[u] + c
                prev[v] = u
    return dist, prev
d, p = dijkstra(w, "a")
print(d)
path, n = [], "e"
while n != "a":
    path.append(n)
    n = p[n]
print(["a"] + path[::-1])
