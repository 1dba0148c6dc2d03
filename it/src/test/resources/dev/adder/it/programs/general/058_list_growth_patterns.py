# building lists: append, extend, +=, comprehension, multiply
n = 1000
a = []
for i in range(n):
    a.append(i * i)
b = [i * i for i in range(n)]
c = []
c += (i * i for i in range(n))
d = list(map(lambda i: i * i, range(n)))
print(a == b == c == d, len(a), a[-1], sum(a))
rows = [[0] * 5 for _ in range(3)]
for r in range(3):
    for col in range(5):
        rows[r][col] = r * col
print(rows)
flat = []
for r in rows:
    flat.extend(r)
print(flat, len(flat), flat.count(0))
chunks = [flat[i:i + 4] for i in range(0, len(flat), 4)]
print(chunks)
