# unsupported operand types
pairs = [(1, "a"), ([1], 2.5), ({}, {}), (None, 1)]
for a, b in pairs:
    try:
        print(a + b)
    except TypeError as e:
        print(e)
for a, b in [(1, "a"), ("a", 1.5), ([1], {1})]:
    try:
        print(a - b)
    except TypeError as e:
        print(e)
print(3 * 2 - "1")
