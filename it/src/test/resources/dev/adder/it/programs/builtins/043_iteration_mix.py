words = ['apple', 'Banana', 'cherry', 'date', 'Elder']
for i, (w, n) in enumerate(zip(words, map(len, words)), 1):
    print(i, w, n)
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(filter(lambda w: w[0].isupper(), words)))
print(dict(enumerate(reversed(words))))
print(max(words, key=len), min(words, key=len))
print(sum(map(len, words)), sum([len(w) for w in words if 'e' in w]))
print(list(zip(range(3), reversed(range(3)), enumerate('xyz'))))
print(any(map(str.isupper, words)), all(map(len, words)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
it = iter(range(10))
print(list(zip(it, it)))
print(sorted(set(map(lambda w: w.lower()[0], words))))
print(list(map(divmod, range(5, 10), [3] * 5)))
