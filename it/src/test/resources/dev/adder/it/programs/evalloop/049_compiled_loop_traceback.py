# An exception out of a loop that became hot while running (the frame moved into compiled code
# at the loop's head): one traceback entry per frame, as under the evaluation loop.
import traceback


def scan(n):
    total = 0
    for i in range(n):
        total += i
        if i == 4000:
            raise ValueError("stop at %d" % i)
    return total


try:
    scan(10000)
except ValueError:
    traceback.print_exc()

data = {}
for i in range(5000):
    data[i % 7] = i
print(sorted(data.items()))

k = 0
while True:
    k += 1
    if k == 3000:
        break
print(k)
for j in range(6000):
    if j == 5000:
        {}['missing %d' % j]
