count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count, "%d items, %s, %.2f" % (3, "x", 2.5), "%5s|" % "ab")
assert count == 2, "bad"
x = None
print(x is None, x is not None, type(x).__name__, [1, 2] == [1, 2], (1, 2) < (1, 3))
print(str(1e20), 1/3, 2.0, -0.0, 1e-7, float("inf"), 10**15 / 3)
print(sorted(["b", "A", "c"], key=str.lower), "abc".title(), "a,b".split(","))
s = 0
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    s += i * a + b
print(s, list(range(5))[::2], "x".join("abc"), isinstance(3, (int, float)))
class C:
    n = 0
    def __init__(self):
        C.n += 1
C(); C()
print(C.n, hasattr(C, "n"), getattr(C, "zz", 5))
def gen_like():
    return [i for i in range(3)]
print(gen_like(), {1, 2} | {3}, {1, 2} & {2}, len({"a": 1}))
print(int("12") * 2, int("ff", 16), "%r" % "q", repr(1.5), [1.0, 2.5])
while True:
    break
print(chr(65) + "bc", "abc"[1:], "-" * 10)
print(max("abc"), min([3, 1], default=0), sum(range(101)), abs(-7))
a = [3, 1, 2]; a.sort(reverse=True); print(a, a.count(3), a.index(1))
d = {"k": [1]}; d["k"].append(2); print(d, list(d), d.setdefault("z", 0))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 // -2, 2 ** -1, 10 / 4)
