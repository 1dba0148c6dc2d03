# game of life on a set of live cells
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = (x + dx, y + dy)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}

def show(live, w=8, h=6):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))
    print()

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for _ in range(4):
    g = step(g)
show(g)
print(sorted(g), sorted((x - 1, y - 1) for x, y in g) == sorted(glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
