# an uncaught math domain error ends the program with a traceback
import math


def area(r):
    return math.pi * r * r


def side(a):
    return math.sqrt(a)


print(area(2), side(16))
print([round(side(x), 6) for x in range(5)])
print(side(area(-1)))
