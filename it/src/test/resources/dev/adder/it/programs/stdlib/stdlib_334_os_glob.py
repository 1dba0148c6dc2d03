# glob and fnmatch over a directory made with os
import glob
import os

base = '/tmp/adder_os_334'
__import__('shutil').rmtree(base, ignore_errors=True)  # a previous run's leftovers
for d in ['x/y', 'x/z', '.hidden']:
    os.makedirs(os.path.join(base, d), exist_ok=True)
for f in ['a.py', 'b.py', 'c.txt', 'x/d.py', 'x/y/e.py', 'x/z/f.txt', '.hidden/g.py', '.dot.py']:
    os.close(os.open(os.path.join(base, f), os.O_CREAT | os.O_WRONLY, 0o644))

def show(pattern, **kw):
    print(pattern, sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, pattern), **kw)))

try:
    show('*.py')
    show('*')
    show('?.txt')
    show('[ab].py')
    show('x/*')
    show('**/*.py', recursive=True)
    show('**', recursive=True)
    show('*.py', include_hidden=True)
    show('nothing*')
    show('x/*/')
    print(sorted(glob.glob('*.py', root_dir=base)))
    print(sorted(glob.glob(b'*.txt', root_dir=base.encode())))
    print(sorted(os.path.relpath(p, base) for p in glob.iglob(base + '/x/**', recursive=True)))
    print(glob.escape('a[b]*?'), glob.has_magic('a*'), glob.has_magic('abc'))
finally:
    import shutil
    shutil.rmtree(base)
