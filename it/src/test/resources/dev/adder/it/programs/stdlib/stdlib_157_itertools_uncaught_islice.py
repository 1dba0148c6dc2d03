# an uncaught islice error ends the program with a traceback
from itertools import count, islice

def window(seq, start, stop):
    return list(islice(seq, start, stop))

print(window(count(), 2, 5))
print(window("abcdef", None, 3))
print(window(range(100), 95, None))
print(window(iter([1, 2, 3]), 1, 2))
print(window(count(), 3, -1))
print("not reached")
