# counting and grouping with plain dicts
text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:6]:
    print(f"{w:>12} {'*' * n}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
inverse = {}
for w, n in counts.items():
    inverse.setdefault(n, set()).add(w)
print({n: sorted(ws) for n, ws in sorted(inverse.items())})
