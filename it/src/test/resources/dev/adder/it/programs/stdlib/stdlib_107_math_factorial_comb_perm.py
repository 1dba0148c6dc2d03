# factorial, comb and perm on ints of any size, and their errors
import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(20), math.factorial(21), math.factorial(25))
print(len(str(math.factorial(1000))), math.factorial(100) % (10 ** 30 + 7), math.factorial(True))
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None))
print(math.comb(100, 50), math.comb(67, 33), math.comb(1000, 3), math.comb(2 ** 70, 2))
print(math.perm(30, 20), math.perm(2 ** 65, 2), math.comb(2 ** 64, 2 ** 64 - 1), math.comb(10 ** 20, 0))
print(math.comb(5, 6), math.perm(5, 6), math.comb(0, 0), math.perm(0, 0), math.comb(2 ** 70, 2 ** 71))
print(sum(math.comb(40, k) for k in range(41)) == 2 ** 40, math.comb(300, 150) % 1000003)


class Idx:
    def __index__(self):
        return 6


print(math.factorial(Idx()), math.comb(Idx(), 2), math.perm(Idx(), Idx()))


def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(math.factorial, -1))
print(attempt(math.factorial, 5.0))
print(attempt(math.factorial, 2 ** 64))
print(attempt(math.factorial, -(2 ** 64)))
print(attempt(math.factorial, "5"))
print(attempt(math.comb, -1, 2), attempt(math.comb, 5, -2), attempt(math.comb, 5.0, 2))
print(attempt(math.perm, -1, 2), attempt(math.perm, 5, -2), attempt(math.perm, 5, 2.0))
print(attempt(math.comb, 2 ** 64, 2 ** 63))
print(attempt(math.perm, 2 ** 64, 2 ** 63))
print(attempt(math.perm, -3))
print(attempt(math.comb, 5))
print(attempt(math.perm))
