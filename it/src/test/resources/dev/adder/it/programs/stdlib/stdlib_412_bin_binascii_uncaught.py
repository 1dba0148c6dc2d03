# binascii: binascii.Error raised from base64 decoding, uncaught
import base64, binascii

print(base64.b64decode('YWJj'))
try:
    base64.b64decode('YWJ')
except binascii.Error as e:
    print('caught', type(e).__module__, type(e).__name__, e)
print(binascii.a2b_base64(b'YW Jj\n'))
binascii.unhexlify('abc')
