from impfix.helper import f, NAME
from impfix.helper import f as g
from impfix import helper

print(f(), NAME, g is f, helper.f is f)
from impfix import VALUE as V
print(V)
