import sys

sys.setrecursionlimit(100000)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(99000))

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)

print(count_down(90000, 0))

class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()

head = None
for i in range(50000):
    head = Node(head)
print(head.length())
sys.setrecursionlimit(1000)
try:
    head.length()
except RecursionError as e:
    print('RecursionError', e)
