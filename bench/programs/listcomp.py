# List comprehensions, slicing and list methods.
def main():
    total = 0
    for r in range(360):
        xs = [i * r for i in range(20_000)]
        ys = [x for x in xs if x % 3 == 1]
        zs = xs[::3] + ys[:100]
        zs.reverse()
        total += len(zs) + zs[0] + sum(ys[:50])
    grid = [[i * j for j in range(300)] for i in range(300)]
    diag = [grid[i][i] for i in range(300)]
    print(total, sum(diag), max(map(max, grid)))

main()
