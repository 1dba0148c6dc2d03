"""The oracle of Adder's compile conformance test: whether CPython's compile() accepts every .py
file of a corpus, written once per corpus and cached.

Usage: python3 compile_oracle.py --cache-root DIR [--corpus DIR] [--jobs N]

The corpus defaults to the standard library of this python3 (sysconfig's 'stdlib' path), without
site-packages. The output goes to DIR/<corpus name>-py<version>-compile-<key>/, where the key
hashes the corpus's absolute path, sys.version, this script, and every file's path, size and
mtime; an existing, complete directory is reused. The corpus path and the directory's path are
printed on stdout (last two lines).

Files written there (UTF-8, one record per line):

files.txt         one corpus-relative path per line, '/'-separated, in the order of the others
compile.txt.gz    for each file: 'F <json path>', then one line:
                      'OK'                                 if compile(source_bytes, path, 'exec') succeeds
                      'E <json type> <lineno> <json msg>'  for the exception it raises (SyntaxError and
                                                           its subclasses, ValueError, RecursionError,
                                                           MemoryError); lineno 0 for None or a non-
                                                           SyntaxError, msg the SyntaxError's msg or
                                                           str() of another exception
meta.txt          corpus, python version, file count, seconds taken.

compile() runs with dont_inherit=True, optimize=0 (asserts kept) and every warning ignored, so
that SyntaxWarnings and DeprecationWarnings neither print nor turn into errors.
<json x> is json.dumps(x, ensure_ascii=True): ASCII only, unambiguous, one line.
"""
import argparse
import gzip
import hashlib
import json
import os
import sys
import sysconfig
import time
import warnings


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


def cache_key(root, files):
    h = hashlib.sha256()
    h.update(os.path.abspath(root).encode('utf-8', 'surrogateescape'))
    h.update(b'\0' + sys.version.encode())
    with open(__file__, 'rb') as f:
        h.update(b'\0' + f.read())
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(('\0%s\0%d\0%d' % (rel, st.st_size, st.st_mtime_ns)).encode('utf-8', 'surrogateescape'))
    return h.hexdigest()[:16]


def js(x):
    return json.dumps(x, ensure_ascii=True)


def outcome(source, rel):
    """The record line of compiling source."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(source, rel, 'exec', 0, True, 0)
        return 'OK'
    except SyntaxError as err:
        return 'E %s %d %s' % (js(type(err).__name__), err.lineno or 0, js(err.msg))
    except (ValueError, RecursionError, MemoryError) as err:
        return 'E %s 0 %s' % (js(type(err).__name__), js(str(err)))


def records(task):
    """The compile.txt record of one file (run in a worker process)."""
    root, rel = task
    with open(os.path.join(root, rel), 'rb') as f:
        source = f.read()
    return ('F %s\n%s\n' % (js(rel), outcome(source, rel))).encode('utf-8')


def write(root, files, out, jobs):
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
        results = pool.imap(records, tasks, chunksize=8)
    else:
        results = map(records, tasks)
    with gzip.open(os.path.join(tmp, 'compile.txt.gz'), 'wb', compresslevel=1) as st:
        for record in results:
            st.write(record)
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


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('compile_oracle: %s is Python %s; the conformance tests need CPython 3.11 (set -Dadder.python=...)'
                 % (sys.executable, sys.version.split()[0]))
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=None)
    ap.add_argument('--cache-root', required=True)
    ap.add_argument('--jobs', type=int, default=min(2, os.cpu_count() or 1),
                    help='worker processes (one python3 invocation either way)')
    args = ap.parse_args()
    root = args.corpus or sysconfig.get_paths()['stdlib']
    if not os.path.isdir(root):
        sys.exit('compile_oracle: no corpus directory %s' % root)
    files = corpus_files(root)
    name = os.path.basename(os.path.normpath(os.path.abspath(root))) or 'corpus'
    out = os.path.join(os.path.abspath(args.cache_root), '%s-py%s-compile-%s' % (
        name, sys.version.split()[0], cache_key(root, files)))
    if not os.path.isfile(os.path.join(out, 'meta.txt')):
        write(root, files, out, args.jobs)
    print(os.path.abspath(root))
    print(out)


if __name__ == '__main__':
    main()
