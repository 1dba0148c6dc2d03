import sys
import impfix.counter
import impfix.counter
import impfix

print(impfix.VALUE)
mod = sys.modules["impfix.counter"]
print(mod is impfix.counter)
del sys.modules["impfix.counter"]
import impfix.counter
print(impfix.VALUE)
print(sys.modules["impfix.counter"] is mod)
