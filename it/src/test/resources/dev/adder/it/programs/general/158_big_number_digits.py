# digits of big computations
def digit_sum(n):
    return sum(int(c) for c in str(n))
f100 = 1
for i in range(2, 101):
    f100 *= i
print(digit_sum(f100), len(str(f100)), str(f100)[:20])
print(digit_sum(2 ** 1000))
def pi_digits(n):
    # Machin-like formula with integers
    def arctan_inv(x, scale):
        total = term = scale // x
        x2, k, sign = x * x, 3, -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign, k = -sign, k + 2
        return total
    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)
print(pi_digits(60))
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)
print(e_digits(50))
