import sys

for v in [0, -1, 'a', 1.5, 2**31, 2**40, None]:
    try:
        sys.setrecursionlimit(v)
        print('ok', v)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
for v in [1, 2]:
    try:
        sys.setrecursionlimit(v)
    except RecursionError as e:
        print('RecursionError', e)

def nested(k):
    if k:
        return nested(k - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        print('RecursionError', e)

nested(3)
sys.setrecursionlimit(7)
print(sys.getrecursionlimit())
sys.setrecursionlimit(True + 99)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit()
except TypeError as e:
    print('TypeError', e)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print('TypeError', e)
