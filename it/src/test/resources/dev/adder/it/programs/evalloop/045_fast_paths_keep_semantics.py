# The loop's fast paths (compare-and-jump on ints and floats, list and tuple
# indexing, float arithmetic, range and list iteration) give what the generic
# protocol gives, and tracing still sees every line.
import sys

nan = float("nan")
pairs = [(1, 2), (2, 2), (3, 2), (-5, -5), (2**70, 1), (1, 2**70), (1.5, 1.5),
         (nan, nan), (nan, 1.0), (0.0, -0.0), (1, 1.0), (True, 1), (2**63 - 1, -2**63)]
for a, b in pairs:
    r = []
    if a < b: r.append("lt")
    if a <= b: r.append("le")
    if a == b: r.append("eq")
    if a != b: r.append("ne")
    if a > b: r.append("gt")
    if a >= b: r.append("ge")
    if not a < b: r.append("!lt")
    print(a if not isinstance(a, float) else repr(a), repr(b), r)

class I(int):
    def __lt__(self, other):
        print("I.__lt__", int(self), other)
        return True

if I(5) < 3:
    print("subclass compare used")

class F(float):
    def __gt__(self, other):
        return "truthy"

print("F >", "yes" if F(1.0) > 2.0 else "no")

i = 0
while i < 5:
    i += 1
print("while", i)
x = 10.0
while x > 0.5:
    x /= 2
print("while float", x)

lst = [10, 20, 30]
tup = (1, 2, 3)
print(lst[0], lst[2], lst[-1], lst[True], tup[1], tup[-3], tup[False])
for bad in (3, -4, 2**70):
    for seq in (lst, tup):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad if bad < 100 else "big", e)

class L(list):
    def __getitem__(self, i):
        return ("L", i)

print(L([1])[0])
try:
    lst["a"]
except TypeError as e:
    print(e)

print(1.5 * 2.0, 1.5 + 2.25, 1.5 - 2.25, 3 * 1.5, 1.5 * 3, 2.0 * nan, -0.0 * 1.0, 1e308 * 10.0)
print(1.5 + 2, 2 - 0.5, "ab" * 2, [1] * 2)

class G(float):
    def __mul__(self, o):
        return "G.__mul__"
    def __add__(self, o):
        return "G.__add__"

print(G(1.0) * 2.0, G(1.0) + 2.0, 2.0 * G(1.0))

out = []
for k in range(3):
    out.append(k)
for k in range(10, 0, -3):
    out.append(k)
items = [1, 2, 3]
for v in items:
    if v == 1:
        items.append(4)
    out.append(v)
for ch in "ab":
    out.append(ch)
for t in (7, 8):
    out.append(t)
print(out)

def traced(n):
    total = 0
    k = 0
    while k < n:
        if k > 0:
            total += k
        k += 1
    return total

lines = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        lines.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer

sys.settrace(tracer)
res = traced(3)
sys.settrace(None)
print(res, lines)
