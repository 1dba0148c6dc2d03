from impfix.noall import *

print(a, b, func())
names = sorted([k for k in ["a", "b", "func", "_private"] if k in globals()])
print(names)
