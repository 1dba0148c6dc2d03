# the standard descriptors 0, 1, 2 through os.write and friends
import os
import sys

sys.stdout.flush()
print(os.write(1, b'written to fd 1\n'))
sys.stdout.flush()
os.write(1, 'unicode \u00e9\n'.encode())
print(os.write(1, b''), os.write(1, bytearray(b'ba\n')))
sys.stdout.flush()
for fd in [0, 1, 2]:
    print(fd, isinstance(os.isatty(fd), bool), os.get_inheritable(fd) in (True, False))
try:
    os.lseek(1, 0, os.SEEK_SET) if not os.isatty(1) and False else None
except OSError as e:
    print(e)
try:
    os.write(1, 'text')
except TypeError as e:
    print('TypeError', e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
print(sys.stdout.fileno() if hasattr(sys.stdout, 'fileno') and False else 'done')
