# a dict changed during iteration: CPython's size and keys-changed errors, at the same steps (entries move at the same resizes)
dd = {1: 1, 2: 2, 3: 3}
n=0
try:
    for k in dd:
        n+=1
        del dd[k]
        dd[k + 10] = 0
except RuntimeError as e:
    print(e)
print(n, dd)
for size in range(1, 12):
    dd = {i: i for i in range(size)}
    seen = []
    try:
        for k in dd:
            seen.append(k)
            del dd[k]
            dd[k + 100] = 0
    except RuntimeError as e:
        print(size, e, seen)
    else:
        print(size, 'ok', seen)
d={1:1,2:2}
it=iter(d)
print(next(it)); del d[2]; d[3]=3
print(list(it))
d={1:1,2:2,3:3}
it=iter(d)
print(next(it)); del d[1]; d[4]=3
try: print(list(it))
except RuntimeError as e: print(e)
print(list(it))
d = dict.fromkeys(range(10))
r = reversed(d.items())
print(next(r)); del d[5]; d[5] = 1
try: print(list(r))
except RuntimeError as e: print(e)
d = dict.fromkeys(range(10))
r = reversed(d.values())
print(r.__length_hint__()); del d[9]; d[20] = 1
print(list(r))
class K:
    def __init__(self): self.a = 1; self.b = 2
k = K()
it = iter(k.__dict__.items())
print(next(it)); k.__dict__['c'] = 3
try: next(it)
except RuntimeError as e: print(e)
