# numeric hashes follow CPython's modular scheme
import sys
vals = [0, 1, -1, 2**61 - 1, 2**61, 2**100, -2**64, 1.5, -2.25, 0.1, 1e300, float('inf'), float('-inf'),
        1+0j, 1.5+0j, 1.5+2j, -1-1j, 3j, True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1+0j) == hash(True))
print(hash(2**61) == hash(1), hash(0.5) == hash(complex(0.5, 0)))
d = {1: 'int', 1.0: 'float', 1+0j: 'complex'}
print(d, len(d))
s = {0, 0.0, 0j, -0.0, False}
print(s)
print(hash(-1), hash(-2), hash(-1.0), hash(complex(-1, 0)))
