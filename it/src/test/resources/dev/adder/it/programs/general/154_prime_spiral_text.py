# an Ulam spiral drawn with text
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

size = 15
grid = [[" "] * size for _ in range(size)]
x = y = size // 2
dx, dy = 1, 0
n, steps, leg = 1, 1, 0
while 0 <= x < size and 0 <= y < size:
    for _ in range(steps):
        if 0 <= x < size and 0 <= y < size:
            grid[y][x] = "#" if is_prime(n) else "."
        n += 1
        x, y = x + dx, y + dy
    dx, dy = -dy, dx
    leg += 1
    if leg % 2 == 0:
        steps += 1
for row in grid:
    print("".join(row))
