# float("-nan"), complex("-nanj") and float.fromhex("-nan") keep the sign bit, as CPython's parser does
import math, struct
for s in ("nan", "-nan", "+nan", "-NaN", " -nan ", "-nan2"[:-1]):
    f = float(s)
    print(repr(s), math.isnan(f), math.copysign(1.0, f), struct.pack(">d", f).hex())
for s in ("-nanj", "1-nanj", "-nan+1j", "nan-nanj"):
    c = complex(s)
    print(s, math.copysign(1.0, c.real), math.copysign(1.0, c.imag))
for s in ("nan", "-nan", "-inf", "inf"):
    f = float.fromhex(s)
    print(s, math.copysign(1.0, f), f)
try:
    float("-nanx")
except ValueError as e:
    print("ValueError:", e)
