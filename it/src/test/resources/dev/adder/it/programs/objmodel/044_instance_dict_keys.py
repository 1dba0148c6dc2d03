# Instance dictionaries of one class: keys added in other orders, deleted, replaced, many keys
class A:
    def __init__(self, x, y): self.x = x; self.y = y
a = A(1, 2); b = A(3, 4)
b.z = 5; a.w = 6
print(vars(a), vars(b))
c = A(7, 8); c.w = 9; c.z = 10
print(vars(c), c.w, c.z, hasattr(a, 'z'), hasattr(b, 'w'))
del c.x
print(vars(c)); c.x = 1; print(vars(c))
d = A(0, 0)
for i in range(40): setattr(d, 'k%d' % i, i)
print(len(vars(d)), d.k39, d.k0)
e = A(0, 0)
for i in range(40): setattr(e, 'k%d' % i, -i)
print(sum(vars(e).values()), vars(e) == {**vars(e)})
f = A(1, 1); f.__dict__[1] = 'one'; print(f.__dict__)
g = A(2, 2); g.__dict__.clear(); g.q = 1; print(vars(g))
h = A(3, 3); v = vars(h); v.pop('x'); v['x'] = 3; print(v, list(v))
i = A(1,2); i.__dict__.update({'y': 5, 'new': 6}); print(vars(i))
j = A('a', 'b'); print(j.__dict__.popitem(), vars(j)); j.w = 1; print(vars(j))
k = A(1, 2); print(k.__dict__.get('w'), 'w' in k.__dict__, 'x' in k.__dict__, k.__dict__.setdefault('w', 3), vars(k))
for o in [a,b,c,d,e,g,h,i,j,k]: print(sorted(o.__dict__)[:3], len(o.__dict__))
