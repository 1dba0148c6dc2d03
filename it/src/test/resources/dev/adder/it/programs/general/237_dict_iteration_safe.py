# safe patterns for changing dicts and lists during iteration
d = {i: i * i for i in range(10)}
for k in list(d.keys()):
    if k % 3 == 0:
        del d[k]
print(d)
d2 = {k: v for k, v in d.items() if v > 10}
print(d2)
lst = list(range(10))
lst[:] = [x for x in lst if x % 2]
print(lst)
i = 0
while i < len(lst):
    if lst[i] > 4:
        lst.pop(i)
    else:
        i += 1
print(lst)
snapshot = dict(d)
for k, v in snapshot.items():
    d[k * 100] = v
print(len(d), sorted(d)[-3:])
