def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

sys_mod = __import__('sys')
print(sys_mod.__name__, type(sys_mod).__name__)
b = __import__('builtins')
print(b.len is len, b.__name__)
t(lambda: __import__('no_such_module_xyz'))
t(lambda: __import__())
t(lambda: __import__(1))
t(lambda: __import__('sys', zz=1))
t(lambda: __import__('sys', None, None, None, 0, 1, 2))
print(__import__('sys', globals(), locals(), [], 0).__name__)
print(__import__(name='sys').__name__)
t(lambda: __import__('sys', level=-1))
