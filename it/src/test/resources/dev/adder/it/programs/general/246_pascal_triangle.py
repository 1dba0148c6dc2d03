# Pascal's triangle and binomial identities
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
tri = list(rows(12))
width = len(" ".join(map(str, tri[-1])))
for r in tri:
    print(" ".join(map(str, r)).center(width).rstrip())
print(all(sum(r) == 2 ** i for i, r in enumerate(tri)))
print([r[len(r) // 2] for r in tri])
def comb(n, k):
    out = 1
    for i in range(min(k, n - k)):
        out = out * (n - i) // (i + 1)
    return out
print(comb(100, 50), all(comb(11, k) == tri[11][k] for k in range(12)))
