# a Matrix class with operators
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0]) if rows else 0
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    def __eq__(self, o):
        return self.rows == o.rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def T(self):
        return Matrix(list(zip(*self.rows)))
    def __repr__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(w) for v in r) + "]" for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[5, 6], [7, 8]])
print(A + B)
print(A @ B)
print(A * 10)
print(A.T(), A[1, 0], (A @ B).T() == B.T() @ A.T())
I = Matrix([[1, 0], [0, 1]])
print(A @ I == A, Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
