# Methods of builtin types called with no argument or one: through the instance, through the
# type, with the wrong self, arity or keywords, on subclasses, and in deep recursion.
s = set(); s.add(1); print(s, list.append, type([].append).__name__)
l = []; list.append(l, 5); l.append(6); print(l, l.pop(), l)
try: list.append(l)
except TypeError as e: print(e)
try: list.append(l, 1, 2)
except TypeError as e: print(e)
try: list.append(set(), 1)
except TypeError as e: print(e)
try: l.append()
except TypeError as e: print(e)
try: l.append(x=1)
except TypeError as e: print(e)
try: set().add([])
except TypeError as e: print(e)
class L(list): pass
m = L(); list.append(m, 3); m.append(4); print(m, type(m).__name__)
print(str.upper("ab"), "ab".upper(), dict.get({1: 2}, 1), {1: 2}.get(3))
try: str.upper(1)
except TypeError as e: print(e)
try: str.upper()
except TypeError as e: print(e)
import sys
def r(n): 
    l.append(n)
    return r(n + 1)
try: r(0)
except RecursionError as e: print("RecursionError", len(l) > 100)
