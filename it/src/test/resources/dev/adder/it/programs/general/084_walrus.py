# assignment expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
vals = iter([5, 3, 0, 7])
while (v := next(vals)) != 0:
    print("value", v)
total = 0
running = [total := total + x for x in range(5)]
print(running, total)
def first_match(items, pred):
    if any(pred(hit := i) for i in items):
        return hit
    return None
print(first_match([1, 4, 9, 16], lambda i: i > 5))
print((z := 10) + z)
