import sys

def level3():
    raise KeyError('k')

def level2():
    level3()

def level1():
    try:
        level2()
    except KeyError as e:
        return e

e = level1()
tb = e.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
    tb = tb.tb_next
print(names)
print(type(e.__traceback__).__name__)
print(e.__traceback__.tb_frame.f_code.co_name)
print(isinstance(e.__traceback__.tb_lasti, int))
try:
    raise ValueError('fresh')
except ValueError as v:
    t = v.__traceback__
    print(t.tb_next, t.tb_lineno, t.tb_frame is sys._getframe())
print(ValueError('x').__traceback__)
