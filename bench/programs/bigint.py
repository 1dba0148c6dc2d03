# Arbitrary-precision integers: factorials, powers, digit sums.
def work():
    f = 1
    for i in range(2, 6000):
        f *= i
    s = 0
    x = f
    while x:
        x, r = divmod(x, 10 ** 18)
        s += r % 1000
    p = pow(3, 20000) - pow(2, 30000)
    fibs = [0, 1]
    for _ in range(8000):
        fibs.append(fibs[-1] + fibs[-2])
    return f.bit_length(), s, p.bit_length(), len(str(fibs[-1]))


def main():
    results = set()
    for _ in range(12):
        results.add(work())
    print(len(results), *results)

main()
