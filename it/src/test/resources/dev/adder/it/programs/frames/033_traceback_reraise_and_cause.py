import sys

def tb_names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out

def low():
    raise OSError('low')

def mid():
    try:
        low()
    except OSError:
        raise

def mid_from():
    try:
        low()
    except OSError as e:
        raise ValueError('wrapped') from e

def top(fn):
    try:
        fn()
    except Exception as e:
        return e

e1 = top(mid)
print(type(e1).__name__, tb_names(e1.__traceback__))
e2 = top(mid_from)
print(type(e2).__name__, tb_names(e2.__traceback__))
print(type(e2.__cause__).__name__, tb_names(e2.__cause__.__traceback__))
print(e2.__context__ is e2.__cause__, e2.__suppress_context__)

def reraise_later():
    try:
        low()
    except OSError as e:
        saved = e
    raise saved

e3 = top(reraise_later)
print(tb_names(e3.__traceback__))
def loop_raise():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as k:
            last = k
    return last
print(tb_names(loop_raise().__traceback__))
mid_from()
