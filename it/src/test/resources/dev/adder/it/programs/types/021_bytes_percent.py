# printf-style formatting of bytes
print(b'%s|%d|%x|%c|%r|%5.1f' % (b'ab', 3, 255, 65, 'é', 2.25))
print(b'%s %s' % (bytearray(b'ba'), memoryview(b'mv')), b'%c%c' % (b'A', 66), b'%a' % b'x')
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%-5s|%5s|' % (b'l', b'r'), b'%%|%03d' % 5)
class B:
    def __bytes__(self):
        return b'BB'
print(b'<%s>' % B(), bytearray(b'%d-%d') % (1, 2))
for f, a in [(b'%b', 'x'), (b'%s', 1), (b'%c', 256), (b'%c', 'A'), (b'%d', b'1'), (b'%s %s', (b'a',)),
             (b'%s', (b'a', b'b')), (b'%y', 1)]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
