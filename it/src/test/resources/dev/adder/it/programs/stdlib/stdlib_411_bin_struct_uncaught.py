# struct: an uncaught struct.error ends the program with its traceback
import struct

def encode(values):
    return struct.pack('<%dh' % len(values), *values)

print(encode([1, 2, 3]))
print(encode([-32768, 32767]))
print(encode([100000]))
