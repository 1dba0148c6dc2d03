import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, v, tb is not None)

def in_finally():
    try:
        raise ValueError('in try')
    finally:
        show('finally')

try:
    in_finally()
except ValueError:
    show('outer except')
show('after')

def handler_returns():
    try:
        raise KeyError('r')
    except KeyError:
        return sys.exception()

print(repr(handler_returns()), sys.exception())

def nested_handlers():
    try:
        raise TypeError('first')
    except TypeError:
        try:
            raise ValueError('second')
        except ValueError:
            show('inner')
        show('back in outer')
    show('done')

nested_handlers()

def raise_in_except():
    try:
        raise IndexError('one')
    except IndexError:
        raise LookupError('two')

try:
    raise_in_except()
except LookupError as e:
    print(type(e.__context__).__name__, e.__context__)
    show('lookup')
show('end')
