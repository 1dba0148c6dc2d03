# integer modulo by zero
values = [10, 7, 0]
for v in values:
    print(100 % v)
