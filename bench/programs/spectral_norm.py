# Float math through many small function calls.
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mul_av(n, v):
    return [sum(eval_a(i, j) * v[j] for j in range(n)) for i in range(n)]

def mul_atv(n, v):
    return [sum(eval_a(j, i) * v[j] for j in range(n)) for i in range(n)]

def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = mul_atv(n, mul_av(n, u))
        u = mul_atv(n, mul_av(n, v))
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    print("%.9f" % (vbv / vv) ** 0.5)

main(260)
