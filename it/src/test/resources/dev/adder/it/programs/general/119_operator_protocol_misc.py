# less common dunders: __contains__, __index__, __int__, __float__, __round__, __neg__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded to {n}"
print(int(Num()), float(Num()), round(Num()), round(Num(), 2))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
print(3 in Bag(1, 2, 3), 9 not in Bag(1))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(4), Cmp(0)))
