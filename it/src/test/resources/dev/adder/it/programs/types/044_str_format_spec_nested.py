# nested format specs and width/precision from arguments
rows = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 100)]
for name, price, qty in rows:
    print('{:<10}|{:>8.2f}|{:^5d}|{:>{w}}'.format(name, price, qty, price * qty, w=9))
for w in range(3, 8):
    print('[{:{fill}{align}{width}}]'.format('x', fill='.', align='^', width=w))
print('{0:{1}}'.format(12, '+08'), '{:{}.{}}'.format(3.14159, 8, 3), '{:{}}'.format('s', '>4'))
print(f"{'nested':{'^'}{12}}", f"{3.14159:{'.'}{2}f}")
print('{0:{0}}'.format(5), '{:0{}}'.format(7, 3))
