# every math function called with too many, too few and keyword arguments
import math

names = [n for n in dir(math) if callable(getattr(math, n)) and not n.startswith("_")]
print(len(names))
for n in names:
    f = getattr(math, n)
    out = []
    for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"zz": 1}), ((), {"x": 1})]:
        try:
            r = f(*args, **kwargs)
            out.append("ok " + repr(r))
        except TypeError as e:
            out.append(str(e))
        except ValueError as e:
            out.append("ValueError " + str(e))
    print(n, "|", " | ".join(out))
print(repr(math.sqrt), math.sqrt.__name__, type(math.hypot).__name__)
