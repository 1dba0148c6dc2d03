def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [0, 1, -1, 255, -255, 2**64, -2**64, 2**63 - 1, -2**63]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
print(hex(True))
t(lambda: hex(1.5))
t(lambda: bin('a'))
t(lambda: oct(None))
t(lambda: hex())
t(lambda: hex(1, 2))
class Bad:
    def __index__(self):
        return 'x'
t(lambda: hex(Bad()))
