# ordering incompatible types
values = [3, 1, 2]
print(sorted(values))
try:
    print(1 < "2")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
mixed = [3, "two", 1]
mixed.sort()
