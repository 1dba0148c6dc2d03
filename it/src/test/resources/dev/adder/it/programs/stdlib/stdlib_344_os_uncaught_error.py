# an uncaught FileNotFoundError from os: traceback and exit status
import os

def load(name):
    return os.stat(name)

print(os.path.exists('/tmp/adder_os_344_missing'))
try:
    load('/tmp/adder_os_344_missing')
except OSError as e:
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
try:
    os.rename('/tmp/adder_os_344_a', '/tmp/adder_os_344_b')
except OSError as e:
    print(type(e).__name__, e.args, e.filename, e.filename2)
load('/tmp/adder_os_344_missing')
print('not reached')
