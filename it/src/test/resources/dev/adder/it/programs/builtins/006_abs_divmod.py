def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(abs(-3), abs(3), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-2**70))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(2**70, 3), divmod(0, 5))
class A:
    def __abs__(self):
        return 'absolute'
    def __divmod__(self, o):
        return ('dm', o)
    def __rdivmod__(self, o):
        return ('rdm', o)
print(abs(A()), divmod(A(), 1), divmod(1, A()))
t(lambda: abs('a'))
t(lambda: abs())
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1))
t(lambda: divmod(1, 2, 3))
t(lambda: divmod(1, b=2))
