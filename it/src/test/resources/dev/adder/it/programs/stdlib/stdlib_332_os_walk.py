# os.walk top-down and bottom-up over a small tree, with pruning and onerror
import os

base = '/tmp/adder_os_332'
__import__('shutil').rmtree(base, ignore_errors=True)  # a previous run's leftovers
for d in ['a/b/c', 'a/d', 'e', 'f/g']:
    os.makedirs(os.path.join(base, d), exist_ok=True)
for f in ['a/1.txt', 'a/b/2.txt', 'a/b/c/3.txt', 'e/4.txt', 'top.txt']:
    os.close(os.open(os.path.join(base, f), os.O_CREAT | os.O_WRONLY, 0o644))

def rel(p):
    return os.path.relpath(p, base)

try:
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print('down', rel(root), dirs, sorted(files))
    for root, dirs, files in os.walk(base, topdown=False):
        print('up', rel(root), sorted(dirs), sorted(files))
    for root, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d != 'a')
        print('pruned', rel(root), dirs)
    errors = []
    print(list(os.walk(base + '/missing', onerror=lambda e: errors.append((type(e).__name__, e.errno)))))
    print(errors)
    print(list(os.walk(base + '/top.txt')))
    total = sum(len(files) for _, _, files in os.walk(base))
    print('files', total)
    print(sorted(rel(os.path.join(r, f)) for r, _, fs in os.walk(base.encode()) for f in fs if False))
    print(sorted(type(r).__name__ for r, _, _ in os.walk(base.encode()))[:1])
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        os.rmdir(root)
print(os.path.exists(base))
