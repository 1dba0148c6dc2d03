def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

big = range(10**20)
print(big, big[10**19], big[-1], 10**19 in big, (10**20 + 1) in big, big.index(12345678901234567890))
print(big[::10**19], big[5:10], list(big[5:10]), big.count(7))
print(range(0, 10, 3)[1:], range(5)[1:-1:2], range(10)[::-1], range(10)[8:2:-2], range(10)[::-3])
print(range(10)[100:], range(10)[-100:3], range(0, -10, -2)[1:3], range(5)[::2][::2])
print(list(range(10**20, 10**20 + 3)), list(reversed(range(10**20, 10**20 + 3))))
print(list(range(2**63 - 2, 2**63 + 1)), list(range(-2**63 + 1, -2**63 - 2, -1)))
t(lambda: len(big))
t(lambda: big[10**20])
t(lambda: range(5)[::0])
t(lambda: range(5)[2**100])
t(lambda: range(5)[1.5:])
print(range(2**64)[2**64 - 1], len(range(2**63 - 1)), range(2**63 - 5, 2**63)[-2])
print(type(iter(range(3))).__name__, type(iter(big)).__name__, type(reversed(big)).__name__)
it = iter(range(3))
print(next(it), list(it), list(it))
print(list(range(5, -5, -3)), list(range(-5, 5, 4)), range(3)[True])
