# complex() constructor and parsing
for s in ["1+2j", " ( 1_0-2.5e1J ) ", "j", "-j", "+J", "1", "-1.5", "1e3j", "infj", "nan-infj", "-inf+nanj",
          "1+", "1 + 2j", "", "(1+2j", "1e500j", "1jj", "(j)", "0x1j", "1_j", "  3.5-0j  "]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(complex(), complex(1), complex(1.5, 2), complex(1j, 1j), complex(real=1, imag=2), complex(imag=3))
print(complex(True), complex(2, -0.0), complex(-0.0, -0.0), complex(1+1j))
class Z:
    def __complex__(self):
        return 4-3j
class F:
    def __float__(self):
        return 2.5
print(complex(Z()), complex(F()), complex(F(), F()))
for args in [("1", 2), (1, "2"), ([],), (1, []), (10**400,)]:
    try:
        complex(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
