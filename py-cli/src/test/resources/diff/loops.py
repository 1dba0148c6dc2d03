total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print(total)
n = 10
while n > 0:
    n -= 3
else:
    print("done", n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end="; ")
print()
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
primes = [p for p in range(2, 50) if all([p % d for d in range(2, p)])]
print(primes)
