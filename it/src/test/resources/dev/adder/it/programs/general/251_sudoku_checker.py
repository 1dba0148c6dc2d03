# checking and completing a nearly-solved sudoku
grid = [
    "534678912", "672195348", "198342567",
    "859761423", "426853791", "713924856",
    "961537284", "287419635", "34528617.",
]
g = [[int(c) if c != "." else 0 for c in row] for row in grid]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
empty = [(r, c) for r in range(9) for c in range(9) if g[r][c] == 0]
print("empty cells:", empty)
for r, c in empty:
    cand = candidates(g, r, c)
    print((r, c), cand)
    g[r][c] = cand[0]
def valid(g):
    groups = [row for row in g] + [[g[r][c] for r in range(9)] for c in range(9)]
    groups += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(x) == list(range(1, 10)) for x in groups)
print(valid(g), "".join(map(str, g[8])))
