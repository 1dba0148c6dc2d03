# binary search and insertion into a sorted list
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def insort(a, x):
    a.insert(bisect_left(a, x), x)

data = []
for v in [50, 10, 40, 20, 30, 10, 60, 0]:
    insort(data, v)
print(data)
for q in [-5, 0, 10, 35, 60, 100]:
    i = bisect_left(data, q)
    print(q, i, i < len(data) and data[i] == q)
grades = "FDCBA"
cuts = [60, 70, 80, 90]
print([grades[bisect_left(cuts, s + 1)] for s in [33, 60, 75, 89, 90, 100]])
