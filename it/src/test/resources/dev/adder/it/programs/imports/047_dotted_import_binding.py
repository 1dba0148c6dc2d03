import impfix.sub.deep

print("impfix" in globals(), "sub" in globals(), "deep" in globals())
print(impfix.sub.deep.RESULT[0])
import impfix.sub.deep as d2
print(d2 is impfix.sub.deep)
from impfix.sub import deep
print(deep is d2)
