# struct.Struct objects: attributes, methods and subclasses
import struct

s = struct.Struct('<hi4s')
print(type(s), s.format, s.size)
b = s.pack(-1, 1000, b'tag')
print(b, s.unpack(b), s.unpack_from(b'xx' + b, 2), s.unpack_from(b, offset=0))
print(struct.Struct(b'>q').format, struct.Struct(format='2H').size)
print(list(s.iter_unpack(b * 3)))
it = struct.Struct('B').iter_unpack(b'\x01\x02\x03')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(it).__name__)

class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2d')
    def read(self, data):
        return dict(zip('xy', self.unpack(data)))

p = Point()
print(p.size, p.format, p.read(p.pack(1.5, -2.0)), isinstance(p, struct.Struct))
p.extra = 'ok'
print(p.extra)
try:
    s.pack(1, 2)
except struct.error as e:
    print(e)
try:
    s.pack(1, 2, b'x', k=1)
except TypeError as e:
    print(e)
try:
    s.unpack()
except TypeError as e:
    print(e)
