import sys

class Walker:
    def step(self, n):
        return self.step(n + 1)

def start():
    print('start', sys.getrecursionlimit())
    return Walker().step(0)

print('begin')
start()
