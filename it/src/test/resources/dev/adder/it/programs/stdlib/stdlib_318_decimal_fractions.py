# decimal (Lib's _pydecimal: there is no _decimal) and fractions, where their results equal the C module's
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation
from fractions import Fraction
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal('2').sqrt())
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / Decimal(3))
print(Decimal(1) / Decimal(3))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Fraction(3, 4) + Fraction(1, 6), Fraction('0.125'), Fraction(1.5), Fraction(7, 3).limit_denominator(2))
print(sum(Fraction(1, n) for n in range(1, 10)))
print(repr(Decimal('-0.00')), Decimal('1e3').normalize(), float(Decimal('0.1')))
