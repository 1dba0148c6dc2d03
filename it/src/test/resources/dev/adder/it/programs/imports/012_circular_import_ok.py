import impfix.circ_ok_a as a
import impfix.circ_ok_b as b

print(a.A, b.B, a.get_b(), b.get_a())
print(a.other is b)
