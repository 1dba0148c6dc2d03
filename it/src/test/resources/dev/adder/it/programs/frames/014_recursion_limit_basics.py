import sys

print(sys.getrecursionlimit())
deepest = 0

def f(n):
    global deepest
    deepest = n
    f(n + 1)

try:
    f(1)
except RecursionError as e:
    print(deepest, e)

sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
try:
    f(1)
except RecursionError as e:
    print(deepest, type(e).__name__, e)

def g(n):
    global deepest
    deepest = n
    try:
        g(n + 1)
    except RecursionError:
        pass

g(1)
print(deepest)
sys.setrecursionlimit(1000)
