def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(chr(65), chr(0x20ac), chr(0), ord('a'), ord('€'), ord(chr(0x10ffff)))
print(ord(b'A'), ord('\U0001f600'))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(1.5))
t(lambda: chr(2**70))
t(lambda: chr())
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(1))
t(lambda: ord(b'ab'))
t(lambda: ord(None))
class I:
    def __index__(self):
        return 97
print(chr(I()))
print(chr(True))
