"""What the oracle scripts (oracle.py, symtable_oracle.py, compile_oracle.py) share: finding the
corpus, the cache key, and the one python3 run that writes a record per file with a pool of
worker processes into a cache directory.

Each script defines records((root, rel)) -> bytes, or a tuple of bytes (one per output file), and
calls main(). The cache directory is printed on the second line of stdout (the corpus root on the
first); it holds files.txt (the corpus's files, in order), the gzip'd outputs and meta.txt.
"""
import argparse
import gzip
import hashlib
import json
import os
import sys
import sysconfig
import time


def js(x):
    """json.dumps(x, ensure_ascii=True): ASCII only, unambiguous, one line."""
    return json.dumps(x, ensure_ascii=True)


def corpus_files(root):
    """Every .py file under root, sorted, skipping site-packages and __pycache__."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', '__pycache__'))
        for name in sorted(filenames):
            if name.endswith('.py'):
                path = os.path.join(dirpath, name)
                found.append(os.path.relpath(path, root).replace(os.sep, '/'))
    return found


def cache_key(root, files, script):
    """Changes with the corpus path, the Python version, the scripts and every file's size and mtime."""
    h = hashlib.sha256()
    h.update(os.path.abspath(root).encode('utf-8', 'surrogateescape'))
    h.update(b'\0' + sys.version.encode())
    for path in (script, __file__):
        with open(path, 'rb') as f:
            h.update(b'\0' + f.read())
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(('\0%s\0%d\0%d' % (rel, st.st_size, st.st_mtime_ns)).encode('utf-8', 'surrogateescape'))
    return h.hexdigest()[:16]


def write(root, files, out, jobs, records, outputs, chunksize):
    tmp = out + '.tmp%d' % os.getpid()
    os.makedirs(tmp)
    start = time.time()
    with open(os.path.join(tmp, 'files.txt'), 'w', encoding='utf-8', newline='\n') as f:
        for rel in files:
            f.write(rel + '\n')
    tasks = [(root, rel) for rel in files]
    pool = None
    if jobs > 1:
        import multiprocessing
        pool = multiprocessing.get_context('fork').Pool(jobs)
        results = pool.imap(records, tasks, chunksize=chunksize)
    else:
        results = map(records, tasks)
    streams = [gzip.open(os.path.join(tmp, name), 'wb', compresslevel=1) for name in outputs]
    try:
        for record in results:
            if isinstance(record, bytes):
                record = (record,)
            for stream, part in zip(streams, record):
                stream.write(part)
    finally:
        for stream in streams:
            stream.close()
    if pool is not None:
        pool.close()
        pool.join()
    with open(os.path.join(tmp, 'meta.txt'), 'w', encoding='utf-8') as f:
        f.write('corpus=%s\npython=%s\nfiles=%d\nseconds=%.1f\n'
                % (os.path.abspath(root), sys.version.split()[0], len(files), time.time() - start))
    try:
        os.rename(tmp, out)
    except OSError:  # another run finished first
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
        if not os.path.isfile(os.path.join(out, 'meta.txt')):
            raise


def main(script, kind, records, outputs, chunksize=4):
    """Parses the command line (--corpus DIR, --cache-root DIR, --jobs N) and makes the cache
    directory <corpus name>-py<version>[-<kind>]-<key> unless it exists."""
    me = os.path.basename(script)
    if sys.version_info[:2] != (3, 11):
        sys.exit('%s: %s is Python %s; the conformance tests need CPython 3.11 (set -Dadder.python=...)'
                 % (me, sys.executable, sys.version.split()[0]))
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=None)
    ap.add_argument('--cache-root', required=True)
    ap.add_argument('--jobs', type=int, default=min(2, os.cpu_count() or 1),
                    help='worker processes (one python3 invocation either way)')
    args = ap.parse_args()
    root = args.corpus or sysconfig.get_paths()['stdlib']
    if not os.path.isdir(root):
        sys.exit('%s: no corpus directory %s' % (me, root))
    files = corpus_files(root)
    name = os.path.basename(os.path.normpath(os.path.abspath(root))) or 'corpus'
    out = os.path.join(os.path.abspath(args.cache_root), '%s-py%s%s-%s' % (
        name, sys.version.split()[0], '-' + kind if kind else '', cache_key(root, files, script)))
    if not os.path.isfile(os.path.join(out, 'meta.txt')):
        write(root, files, out, args.jobs, records, outputs, chunksize)
    print(os.path.abspath(root))
    print(out)
