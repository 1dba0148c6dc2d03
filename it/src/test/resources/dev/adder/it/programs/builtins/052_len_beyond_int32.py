# len() up to sys.maxsize: ranges and __len__ written in Python; the errors of lengths past it
# and of negative lengths; truth of an object whose length needs more than 32 bits.
r = range(2**40)
print(r[2**39], r[-1], (2**40 - 1) in r, r.index(2**35))
try: print(len(r))
except OverflowError as e: print("OverflowError", e)
try: print(len(range(2**70)))
except OverflowError as e: print("OverflowError", e)
class L:
    def __len__(self): return 2**40
print(len(L()))
class M:
    def __len__(self): return 2**70
try: len(M())
except OverflowError as e: print("OverflowError", e)
class N:
    def __len__(self): return -1
try: len(N())
except ValueError as e: print("ValueError", e)
print(bool(L()))
