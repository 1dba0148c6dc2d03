# itertools.accumulate: sums, functions, initial, laziness and errors
import operator
from itertools import accumulate, count, islice

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate([7])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate(range(1, 7), operator.mul)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial="start")))
print(list(accumulate([1, 2, 3], None)), list(accumulate([1, 2, 3], func=None, initial=None)))
print(list(accumulate([[1], [2], [3]])), list(accumulate([1.5, 2, 3j])))
print(list(accumulate(iterable=[1, 2], func=lambda a, b: a * 10 + b)))
print(list(islice(accumulate(count(1)), 6)))
# amortization: balance, then payments
print([round(x, 2) for x in accumulate([1000, -90, -90, -90], lambda bal, pmt: bal * 1.05 + pmt)])
log = []
def gen():
    for i in range(4):
        log.append(i)
        yield i
a = accumulate(gen(), initial=10)
print(next(a), log[:], next(a), log[:], list(a), log[:])
def f(total, x):
    print("f", total, x)
    return total - x
print(list(accumulate([10, 1, 2], f)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)
try:
    list(accumulate([1, 2], lambda a: a))
except TypeError as e:
    print("TypeError", type(e).__name__)
for args, kw in [((), {}), ((1,), {}), (([1], None, 3), {}), (([1],), {"init": 1}), ((), {"func": max})]:
    try:
        accumulate(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
class Acc(accumulate):
    pass
x = Acc([1, 2, 3])
x.tag = "t"
print(type(x).__name__, list(x), x.tag, isinstance(x, accumulate))
