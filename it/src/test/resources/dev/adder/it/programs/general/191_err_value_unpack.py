# unpacking the wrong number of values
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
point = (1, 2, 3)
x, y = point
