import sys

try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

TB = type(tb)
print(TB.__name__)
f = sys._getframe()
t2 = TB(None, f, 0, 42)
print(t2.tb_lineno, t2.tb_lasti, t2.tb_next, t2.tb_frame is f)
t3 = TB(t2, f, 4, 7)
print(t3.tb_next is t2, t3.tb_lineno)
for args in [(5, f, 0, 1), (None, 5, 0, 1), (None, f, 'a', 1)]:
    try:
        TB(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    t2.tb_next = t3
except ValueError as e:
    print('ValueError', e)
try:
    t2.tb_next = 1
except TypeError as e:
    print('TypeError', e)
try:
    del t2.tb_next
except TypeError as e:
    print('TypeError', e)
t2.tb_next = None
print(t2.tb_next)
try:
    t2.tb_lineno = 3
except AttributeError as e:
    print('AttributeError')
