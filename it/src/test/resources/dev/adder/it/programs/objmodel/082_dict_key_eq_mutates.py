# a key's __eq__ that changes the dict during a lookup: the probe starts again over the new table
class Mut:
    def __init__(self, d):
        self.d = d
        self.done = False
    def __hash__(self): return 1
    def __eq__(self, other):
        if not self.done:
            self.done = True
            self.d.clear()
            self.d.update({i: i for i in range(50)})
        return False
d = {}
d[Mut(d)] = 1
for op in ('set', 'get', 'del', 'in'):
    m = Mut(d)
    if op == 'set': d[m] = 2
    elif op == 'get': print(d.get(m))
    elif op == 'del':
        try: del d[m]
        except KeyError: print('KeyError')
    else: print(m in d)
    print(op, len(d))
