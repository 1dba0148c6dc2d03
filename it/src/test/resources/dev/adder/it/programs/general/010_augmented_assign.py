# augmented assignment on names, attributes and subscripts
class Box:
    def __init__(self):
        self.v = 1

b = Box()
b.v += 5
b.v *= 3
print(b.v)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] **= 2
print(lst)
d = {"a": 1}
d["a"] -= 4
d.setdefault("b", 0)
d["b"] += 7
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
l2 = lst
l2 += [99]
print(lst is l2, lst)
n = 100
n >>= 2
n <<= 1
n &= 0b111100
n |= 1
n ^= 0xFF
print(n)
