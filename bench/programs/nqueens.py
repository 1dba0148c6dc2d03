# Backtracking search with sets and recursion.
def solve(n):
    count = 0
    cols = set()
    d1 = set()
    d2 = set()

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (r + c) in d1 or (r - c) in d2:
                continue
            cols.add(c)
            d1.add(r + c)
            d2.add(r - c)
            place(r + 1)
            cols.remove(c)
            d1.remove(r + c)
            d2.remove(r - c)

    place(0)
    return count

print([solve(n) for n in range(4, 12)])
