import sys

def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n, len('abc')

print(f(1)[1])

def g(n):
    try:
        return g(n + 1)
    except RecursionError as e:
        return str(e)

r = g(1)
print(r)

sys.setrecursionlimit(40)
def h(n):
    if n == 0:
        return 'done'
    return h(n - 1)
print(h(30))
try:
    h(60)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
