# chdir and getcwd: relative paths follow the working directory
import os

start = os.getcwd()
base = '/tmp/adder_os_339'
__import__('shutil').rmtree(base, ignore_errors=True)
os.makedirs(base + '/inner/deeper')
try:
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), os.getcwdb() == os.fsencode(os.getcwd()))
    fd = os.open('rel.txt', os.O_CREAT | os.O_WRONLY, 0o644)
    os.write(fd, b'relative')
    os.close(fd)
    print(sorted(os.listdir()), sorted(os.listdir('.')), os.path.exists('rel.txt'))
    print(os.stat('rel.txt').st_size == os.stat(base + '/rel.txt').st_size)
    os.chdir('inner')
    print(os.path.relpath(os.getcwd(), base), os.path.exists('../rel.txt'), os.listdir('..') != [])
    os.chdir(b'deeper')
    print(os.path.relpath(os.getcwd(), base))
    os.chdir('../..')
    print(os.getcwd() == os.path.realpath(base), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
    with os.scandir() as it:
        print(sorted(e.path for e in it))
    for bad in ['no_such_dir', 'rel.txt', '']:
        try:
            os.chdir(bad)
        except OSError as e:
            print(type(e).__name__, e)
    print(os.getcwd() == os.path.realpath(base))
    os.rename('rel.txt', 'inner/moved.txt')
    print(sorted(os.listdir('inner')))
    os.unlink('inner/moved.txt')
finally:
    os.chdir(start)
    __import__('shutil').rmtree(base)
print(os.getcwd() == start, os.path.exists(base))
