# Repeating a sequence a count whose product with its length passes a machine word: MemoryError
# (was an internal error); iter(callable, sentinel) exhausted re-entrantly by the callable stops,
# and compares with the sentinel's __eq__ first.
import sys
lst = [4, 5, 6, 7]
n = int((sys.maxsize * 2 + 2) // len(lst))
for f in (lambda: lst * n, lambda: (1, 2, 3) * n, lambda: n * [1, 2]):
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
a = [1, 2]
try:
    a *= n
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e, a)

NO_MORE = 2
def spam():
    if spam.is_recursive_call:
        return NO_MORE
    spam.is_recursive_call = True
    list(spam.iterator)
    return 1
spam.is_recursive_call = False
spam.iterator = iter(spam, NO_MORE)
try:
    next(spam.iterator)
except StopIteration:
    print("StopIteration")

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", type(other).__name__)
        return True
vals = iter([1, 2])
print(list(iter(lambda: next(vals), Eq())))
