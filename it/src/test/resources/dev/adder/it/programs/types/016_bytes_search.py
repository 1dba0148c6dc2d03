# bytes find/index/count/startswith/endswith with ints and bytes
b = b'abracadabra'
print(b.find(b'bra'), b.find(b'bra', 2), b.rfind(b'bra'), b.find(97), b.rfind(97), b.find(b'zz'))
print(b.index(b'cad'), b.rindex(b'a'), b.count(b'a'), b.count(b'ra'), b.count(b''), b.count(97, 1, 5))
print(b.startswith(b'abr'), b.startswith((b'x', b'ab')), b.endswith(b'bra'), b.endswith(b'bra', 0, 4))
print(b.find(b'', 20), b.find(b'a', -3), b.count(b'a', -100, 100))
print(bytearray(b).find(b'cad'), bytearray(b).count(b'a'))
for f in [lambda: b.index(b'zz'), lambda: b.find('a'), lambda: b.find(256), lambda: b.startswith('a'),
          lambda: b.count([1]), lambda: bytearray(b).index(100)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
