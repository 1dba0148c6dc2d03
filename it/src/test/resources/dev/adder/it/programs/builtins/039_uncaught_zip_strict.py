names = ['a', 'b', 'c']
values = [1, 2]
for n, v in zip(names[:2], values, strict=True):
    print(n, v)
for n, v in zip(names, values, strict=True):
    print(n, v)
