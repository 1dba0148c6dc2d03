# list, dict, set comprehensions and generator expressions
squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares, evens, pairs)
print({x: x ** 3 for x in range(5)}, sorted({c.lower() for c in "HeLLo"}))
print(sum(x for x in range(100) if x % 7 == 0), max(len(w) for w in ["a", "abc", "ab"]))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row if v % 2]
print(flat)
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print([w.upper() if len(w) > 3 else w for w in words])
x = 10
print([x for x in range(3)], x)
print(list(zip(*matrix)))
print([(i, j) for i in range(4) if i % 2 for j in range(i)])
gen = (n * 2 for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
