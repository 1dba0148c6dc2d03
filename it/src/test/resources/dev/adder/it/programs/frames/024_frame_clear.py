import sys

def make():
    secret = [1, 2, 3]
    return sys._getframe()

f = make()
print(sorted(f.f_locals))
f.clear()
print(f.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError', e)

def outer():
    def inner():
        try:
            sys._getframe(1).clear()
        except RuntimeError as e:
            print('RuntimeError', e)
    inner()
outer()

try:
    def boom():
        x = 'local'
        raise ValueError('b')
    boom()
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_code.co_name, fr.f_locals)
    fr.clear()
    print(fr.f_locals)
