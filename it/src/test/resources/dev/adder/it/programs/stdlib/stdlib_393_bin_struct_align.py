# struct: native alignment versus standard sizes
import struct

formats = ['c', 'ci', 'ic', 'cq', 'ch', 'chi', 'bP', 'c0i', 'c0q', '@cd', 'ce', '=ci', '<cq', '>ch', '!bd',
           'xi', '3si', 'i3s', '?q', 'fd', 'cfc', 'llh', 'hl', 'nN', '5pq', 'q?']
for f in formats:
    print(repr(f), struct.calcsize(f))

print(struct.pack('ci', b'a', 1))
print(struct.pack('=ci', b'a', 1))
print(struct.pack('c0i', b'z'))
print(struct.unpack('chq', b'A\x00\x02\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00'))
print(struct.calcsize(' i  h '), struct.calcsize('<\ti\nh'), struct.calcsize(''), struct.calcsize('<'))
print(struct.calcsize('10000000000x'), struct.calcsize('2i2h'), struct.calcsize('0i'))
