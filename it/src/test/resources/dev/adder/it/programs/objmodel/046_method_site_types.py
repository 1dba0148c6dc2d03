# One method-call site over builtin and Python-defined types, with and without instance dicts
def run(objs):
    out = []
    for o in objs:
        try:
            out.append(o.count(1))
        except AttributeError as e:
            out.append(str(e))
    return out
class L(list):
    pass
l2 = L([1, 1]); l2.count = lambda x: 'shadow'
print(run([[1, 2, 1], (1, 1, 1), [1], L([1]), l2, 5, bytearray(b'\x01\x01')]))
print(run([[1]] * 3 + [(1,)] * 3))
try:
    e = ValueError(); e.count = lambda x: 'exc'
    print(run([e]))
except Exception as ex:
    print(type(ex))
