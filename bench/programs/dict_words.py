# Dict work: counting, get, setdefault, items iteration.
def main():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    groups = {}
    for i in range(2_000_000):
        w = words[(i * 7) % 8] + str(i % 50)
        counts[w] = counts.get(w, 0) + 1
        groups.setdefault(len(w), []).append(i)
    total = 0
    for k, v in counts.items():
        if k.startswith("a") or "t" in k:
            total += v
    print(len(counts), total, sorted((k, len(v)) for k, v in groups.items()))

main()
