# os.environ, os.environb, getenv, putenv through the mapping
import os

key = 'ADDER_TEST_VAR_336'
print(key in os.environ, os.getenv(key), os.getenv(key, 'dflt'))
os.environ[key] = 'value one'
print(os.environ[key], os.getenv(key), os.environb[key.encode()], key.encode() in os.environb)
os.environb[key.encode()] = b'bytes value'
print(os.environ[key])
del os.environ[key]
print(key in os.environ, os.environ.get(key))
try:
    os.environ[key]
except KeyError as e:
    print('KeyError', e)
try:
    os.environ[key] = 5
except TypeError as e:
    print('TypeError', e)
try:
    os.environ[1] = 'x'
except TypeError as e:
    print('TypeError', e)
print(os.environ.setdefault(key, 'sd'), os.environ.pop(key), os.environ.pop(key, None))
print(type(os.environ).__name__, all(isinstance(k, str) for k in os.environ))
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in os.environb.items()))
print(len(os.environ) == len(os.environb), 'PATH' in os.environ)
copy = os.environ.copy()
print(type(copy).__name__, copy == dict(os.environ))
for bad in [('A=B', 'x'), ('', 'x'), ('A\0', 'x')]:
    try:
        os.putenv(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for bad in ['', 'A=B']:
    try:
        os.unsetenv(bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
os.putenv('ADDER_OK_336', 'v')
os.unsetenv('ADDER_OK_336')
print(os.get_exec_path() == os.environ.get('PATH', os.defpath).split(os.pathsep))
