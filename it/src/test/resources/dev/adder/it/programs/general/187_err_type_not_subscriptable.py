# subscripting and iterating the wrong types
try:
    five = 5
    five[0]
except TypeError as e:
    print(e)
try:
    for x in 10:
        pass
except TypeError as e:
    print(e)
try:
    len(7)
except TypeError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
def f():
    return None
print(f()["key"])
