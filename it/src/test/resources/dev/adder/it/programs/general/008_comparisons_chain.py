# comparison chains and mixed types
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 != 3)
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 10 ** 20 > 1e19, 2 ** 53 + 1 == float(2 ** 53 + 1))
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [1, [2]] == [1, [2]])
print((1, "a") < (1, "b"), [] == [], () != ())
print(None is None, None == None, x is not None)
print(3 in [1, 2, 3], "b" in "abc", 4 not in {1, 2}, "k" in {"k": 1})
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(calls)
print(max("apple", "pear", "fig"), min((3, "z"), (3, "a")))
