# a vertical and horizontal text histogram
values = [3, 7, 1, 9, 4, 6, 2, 8, 5, 0]
top = max(values)
for level in range(top, 0, -1):
    print(f"{level:2} " + " ".join("#" if v >= level else " " for v in values).rstrip())
print("   " + " ".join(str(i) for i in range(len(values))))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>6} | {'=' * n} {n}")
