# functools.reduce and cmp_to_key, with their errors
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 8)))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2], 0))
print(functools.reduce(operator.add, [], 10), functools.reduce(operator.add, ["a"]), functools.reduce(
    lambda a, b: a * 10 + b, (int(c) for c in "2024")))
for bad in (lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5),
            lambda: functools.reduce(operator.add), lambda: functools.reduce(1, [1, 2])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
K = functools.cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) == K(1), max([4, 8, 1], key=K))
try:
    hash(K(1))
except TypeError as e:
    print(e)
print(functools.reduce(lambda a, b: {**a, **b}, [{"a": 1}, {"b": 2}, {"a": 3}]))
