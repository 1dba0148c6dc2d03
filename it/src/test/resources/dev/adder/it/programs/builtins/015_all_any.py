def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(all([]), any([]), all([1, 2]), any([0, 0]), all([1, 0]), any([0, '', 'x']))
print(all([x > 0 for x in range(1, 5)]), any([x > 3 for x in range(5)]), all('abc'), any({}))
seen = []
def g(v):
    seen.append(v)
    return v
print(any(map(g, [0, 1, 2, 3])), seen)
seen.clear()
print(all(map(g, [1, 0, 2])), seen)
t(lambda: all(1))
t(lambda: any())
t(lambda: all([], []))
t(lambda: any(x=[]))
class B:
    def __bool__(self):
        raise ValueError('bool failed')
t(lambda: all([B()]))
