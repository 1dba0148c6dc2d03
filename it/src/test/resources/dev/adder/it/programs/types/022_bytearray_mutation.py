# bytearray mutation: item and slice assignment, deletion, methods
b = bytearray(b'hello')
b[0] = 74
b[1:3] = b'EE'
del b[-1]
b += b'!'
b *= 2
print(b, len(b))
b = bytearray(b'abcdef')
b[::2] = b'XYZ'
print(b)
del b[::2]
print(b)
b[1:1] = b'123'
b[-1:] = []
print(b)
b.append(33); b.extend(b'??'); b.extend([65, 66]); b.insert(0, 62); b.insert(-1, 60); b.insert(100, 95)
print(b, b.pop(), b.pop(0), b)
b.remove(65); b.reverse()
print(b, b.copy(), b.copy() is b)
b.clear()
print(b, len(b))
c = bytearray(b'xyz'); c[0:2] = bytearray(b'12345'); c[len(c):] = range(97, 100)
print(c)
def setbad():
    x = bytearray(b'ab')
    x[0] = 300
for f in [lambda: bytearray(b'abc').pop(5), lambda: bytearray().pop(), lambda: bytearray(b'abc').remove(100),
          lambda: bytearray(b'abc').append(256), lambda: hash(bytearray()),
          setbad, lambda: bytearray(b'ab').extend('s'),
          lambda: bytearray(b'ab').extend(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b'abcdef')
x[::2] = b'XY'
