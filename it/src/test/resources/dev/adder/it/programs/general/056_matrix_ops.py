# matrix arithmetic with nested lists
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r

A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), transpose([[1, 2, 3], [4, 5, 6]]), identity(3))
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
print(mpow([[1, 1], [1, 0]], 50)[0][1])
for row in matmul(transpose(A), A):
    print(" ".join(f"{v:4}" for v in row))
