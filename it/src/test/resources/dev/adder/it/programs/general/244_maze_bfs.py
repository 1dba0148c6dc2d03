# shortest path through a text maze
maze = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#...E#
##########"""
grid = [list(row) for row in maze.splitlines()]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
prev = {start: None}
queue = [start]
while queue:
    cur = queue.pop(0)
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if grid[nxt[0]][nxt[1]] != "#" and nxt not in prev:
            prev[nxt] = cur
            queue.append(nxt)
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
print("steps:", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
