import impfix.sub.deep as deep

print(deep.RESULT)
print(deep.__package__, deep.__name__)
import impfix.sub
print(impfix.sub.SUB, impfix.sub.helper_f())
print(impfix.sub.deep is deep)
