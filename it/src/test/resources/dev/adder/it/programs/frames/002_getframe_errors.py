import sys

for args in [(1.5,), (1, 2), ('a',), (10**30,), (100,)]:
    try:
        sys._getframe(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print("TypeError", e)

def depth():
    n = 0
    while True:
        try:
            sys._getframe(n)
        except ValueError:
            return n
        n += 1

def a():
    return b()

def b():
    return depth()

print(depth(), a())
