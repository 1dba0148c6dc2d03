import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError('outer')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
    print(sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info())

def handler():
    return sys.exc_info()[1]

try:
    1 / 0
except ZeroDivisionError:
    print(type(handler()).__name__)
    def deeper():
        try:
            raise TypeError('t')
        except TypeError:
            pass
        return sys.exception()
    print(type(deeper()).__name__)
print(sys.exception())
try:
    try:
        raise OSError('a')
    finally:
        print('finally', sys.exception())
except OSError:
    pass
print(sys.exception())
