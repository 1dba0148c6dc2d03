# a binary heap priority queue written by hand
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[s]:
                    s = l
                if r < len(a) and a[r] < a[s]:
                    s = r
                if s == i:
                    break
                a[i], a[s] = a[s], a[i]
                i = s
        return top
    def __len__(self):
        return len(self.a)

h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7, 3, 0]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
tasks = Heap()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    tasks.push((prio, name))
while tasks:
    print(tasks.pop())
