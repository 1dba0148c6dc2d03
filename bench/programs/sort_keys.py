# Sorting with keys, reverse and tuples.
def main():
    data = [((i * 7919) % 10007, "n%d" % ((i * 31) % 997), i) for i in range(200_000)]
    a = sorted(data, key=lambda t: t[1])
    b = sorted(data, key=lambda t: (t[0] % 100, -t[2]), reverse=True)
    c = sorted(x[0] for x in data)
    data.sort()
    print(a[0], a[-1], b[0], b[-1], c[100], data[5000])

main()
