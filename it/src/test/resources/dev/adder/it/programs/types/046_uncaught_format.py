# an uncaught formatting error
values = [1, 2.5, 'three']
for v in values:
    print('{:>6}'.format(v))
for v in values:
    print('{:d}'.format(v))
