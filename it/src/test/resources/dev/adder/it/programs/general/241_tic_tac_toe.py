# tic-tac-toe: winner detection and a perfect-play search
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
def minimax(b, player, memo={}):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        return 1 if w == "X" else -1
    if "." not in b:
        return 0
    scores = []
    for i, c in enumerate(b):
        if c == ".":
            nb = b[:i] + player + b[i + 1:]
            scores.append(minimax(nb, "O" if player == "X" else "X"))
    r = max(scores) if player == "X" else min(scores)
    memo[key] = r
    return r
def show(b):
    print("\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3)))
b = "XOXOXO..."
show(b)
print(winner(b), winner("XXX......"), winner("O..O..O.."), winner("........."))
print("value of empty board:", minimax(".........", "X"))
print("value after X center, O corner:", minimax("O...X....", "X"))
