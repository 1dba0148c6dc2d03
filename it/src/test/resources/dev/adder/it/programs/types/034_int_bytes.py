# int.to_bytes and int.from_bytes (3.11 defaults: length=1, byteorder='big')
print((1024).to_bytes(2), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, signed=True), (0).to_bytes(0))
print((5).to_bytes(), (255).to_bytes(1), (-128).to_bytes(1, 'big', signed=True), (2**64).to_bytes(9, 'little'))
print((127).to_bytes(length=2, byteorder='little', signed=True))
print(int.from_bytes(b'\x04\x00'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2]))
print(int.from_bytes(b''), bool.from_bytes(b'\x01'), int.from_bytes(bytearray(b'\x80'), signed=True))
print(int.from_bytes(b'\x00' * 10 + b'\x01', 'big'), int.from_bytes(range(3), 'little'))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x07')
print(r, type(r).__name__)
for f in [lambda: (-1).to_bytes(2), lambda: (65536).to_bytes(2), lambda: (1).to_bytes(-1),
          lambda: (1).to_bytes(1, 'mid'), lambda: (128).to_bytes(1, signed=True), lambda: int.from_bytes('ab'),
          lambda: int.from_bytes(b'a', 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
