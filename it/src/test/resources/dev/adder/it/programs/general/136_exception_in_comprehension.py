# an exception escaping a comprehension inside a function
def safe_inverse(values):
    return [1 / v for v in values]

print(safe_inverse([1, 2, 4]))
try:
    safe_inverse([1, 0])
except ZeroDivisionError as e:
    print("caught:", e)
totals = {k: sum(v) for k, v in {"a": [1, 2], "b": [3]}.items()}
print(totals)
print(safe_inverse([5, 0.0]))
