# // % divmod sign rules for int and float
for a in [7, -7, 7.5, -7.5, 0.0, -0.0]:
    for b in [2, -2, 2.5, -2.5, float('inf'), float('-inf')]:
        try:
            print(a, b, a // b, a % b, divmod(a, b))
        except ZeroDivisionError as e:
            print(a, b, 'ZeroDivisionError', e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)]:
    for op in ['//', '%', 'divmod', '/']:
        try:
            r = divmod(a, b) if op == 'divmod' else a // b if op == '//' else a % b if op == '%' else a / b
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, 'ZeroDivisionError', e)
print(-7 % 3, 7 % -3, -0.0 % 5, 5 % float('inf'), -5 % float('inf'), divmod(-2**70, 3))
