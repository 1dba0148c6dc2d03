def t(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: print(1, sep=1))
t(lambda: print(1, end=2))
t(lambda: print(1, zz=1))
t(lambda: print(1, file=1))
t(lambda: print(1, file=object()))
class Flusher:
    def write(self, s):
        pass
t(lambda: print(1, file=Flusher(), flush=True))
t(lambda: print(1, file=Flusher(), flush=False))
class Bad:
    def __str__(self):
        raise ValueError('no str')
t(lambda: print(Bad()))
print(1, sep=[])
